import queue
import threading
import time

results = []
lock = threading.Lock()
def worker(n):
    with lock:
        results.append(n * n)
threads = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threads[0].name, threads[0].is_alive())

q = queue.Queue()
out = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()
c = threading.Thread(target=consumer)
c.start()
for i in range(10):
    q.put(i)
q.put(None)
q.join()
c.join()
print(out)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put((x, "p%d" % x))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put("a"); sq.put("b")
print(sq.get(), sq.qsize(), sq.empty())
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, block=False)
except queue.Full:
    print("Full", bq.full(), bq.qsize())
try:
    bq.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")
bq.get()
try:
    bq.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

cond = threading.Condition()
ready = []
def waiter():
    with cond:
        cond.wait_for(lambda: ready)
        ready.append("woken")
t = threading.Thread(target=waiter)
t.start()
with cond:
    ready.append("go")
    cond.notify_all()
t.join()
print(ready)

ev = threading.Event()
seen = []
def setter():
    seen.append("setting")
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5), seen, ev.is_set())
ev.clear()
print(ev.wait(0.01))

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)

local = threading.local()
local.v = "main"
def set_local():
    local.v = "thread"
    seen.append(local.v)
t = threading.Thread(target=set_local); t.start(); t.join()
print(local.v, seen[-1])

bar = threading.Barrier(3)
order = []
def at_barrier(i):
    idx = bar.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(order), bar.broken)

timer_hit = []
tm = threading.Timer(0.01, lambda: timer_hit.append(1))
tm.start(); tm.join()
print(timer_hit)
tm2 = threading.Timer(10, lambda: timer_hit.append(2))
tm2.start(); tm2.cancel(); tm2.join()
print(timer_hit)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count() >= 1, isinstance(threading.get_ident(), int))
class MyThread(threading.Thread):
    def run(self):
        self.result = sum(range(10))
mt = MyThread(daemon=True)
print(mt.daemon)
mt.start(); mt.join()
print(mt.result)
try:
    mt.start()
except RuntimeError as e:
    print("RuntimeError:", e)
def raises():
    raise ValueError("in thread")
import sys, io
caught = []
old_hook = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value)))
t = threading.Thread(target=raises); t.start(); t.join()
threading.excepthook = old_hook
print(caught)
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * 3, range(6))))
    fut = ex.submit(pow, 2, 10)
    print(fut.result())
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
