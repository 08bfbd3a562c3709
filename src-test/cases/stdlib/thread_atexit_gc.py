# _thread locks and threads, atexit callbacks (run newest first at exit), gc's switch and thresholds.
import _thread, atexit, gc, time
lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with", lock.locked())
r = _thread.RLock()
with r:
    with r:
        print("reentrant", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
done = _thread.allocate_lock(); done.acquire()
results = []
def work(n, *, k):
    results.append(n * k)
    done.release()
_thread.start_new_thread(work, (6,), {"k": 7})
done.acquire()
print(results, type(_thread.get_ident()).__name__)
def bye(x, y=0):
    print("bye", x, y)
atexit.register(bye, 1, y=2)
atexit.register(bye, 3)
atexit.register(print, "unregistered")
atexit.unregister(print)
print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
