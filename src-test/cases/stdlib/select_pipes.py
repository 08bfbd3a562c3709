# select.select, select.poll and select.epoll over pipes, regular files and child processes,
# with Linux's readiness rules; and selectors on top of them.
import os
import select
import selectors
import subprocess
import threading
import time

r, w = os.pipe()
print(select.select([r], [w], [], 0))
print(select.select([r], [], [], 0.05))
os.write(w, b'data')
print(select.select([r], [w], [r, w], 0))
print(os.read(r, 10), select.select([r], [], [], 0))
os.close(w)
print(select.select([r], [], [], None), os.read(r, 10))

class Holder:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return 'Holder(%d)' % self.fd

h = Holder(r)
print(select.select([h], [], [], 0))
os.close(r)
for args in [([r], [], [], 0), ([-1], [], []), (['x'], [], []), ([Holder('x')], [], []), ([5000], [], [], 0),
             ([], [], [], -1), ([], [], [], 'soon'), (None, [], [])]:
    try:
        print(select.select(*args))
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# a write end whose reader is gone is "writable" (the write then fails with EPIPE)
r, w = os.pipe()
os.close(r)
print(select.select([], [w], [], 0) == ([], [w], []))
os.close(w)

# regular files are always ready
name = 'scratch_select_%d.txt' % os.getpid()
with open(name, 'w') as f:
    print([len(x) for x in select.select([f], [f], [f], 0)])
with open(name) as f:
    print([len(x) for x in select.select([f], [f], [], None)])
os.remove(name)

# a writer thread wakes a waiting select
r, w = os.pipe()
t = threading.Timer(0.1, lambda: os.write(w, b'late'))
t.start()
start = time.monotonic()
print(select.select([r], [], [], 5), time.monotonic() - start < 4)
t.join()
print(os.read(r, 10))
os.close(r)
os.close(w)

# poll
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
r, w = os.pipe()
p = select.poll()
print(type(p).__name__, p.register(r, select.POLLIN), p.register(w))
print(p.poll(0))
os.write(w, b'x')
print(sorted(p.poll(0)))
p.modify(w, 0)
print(p.poll(10))
os.close(w)
print(p.poll())
os.read(r, 1)
print(p.poll(0))
p.unregister(w)
p.register(w)
print(p.poll(0))
for f, a in [(p.unregister, (12345,)), (p.modify, (12345, 1)), (p.register, (-1,)), (p.register, (r, -1)),
             (p.register, (r, 1 << 20)), (p.poll, ('x',))]:
    try:
        print(f(*a))
    except (OSError, KeyError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
os.close(r)

# epoll
r, w = os.pipe()
with select.epoll() as ep:
    print(type(ep).__name__, ep.closed, isinstance(ep.fileno(), int))
    ep.register(r, select.EPOLLIN)
    ep.register(w, select.EPOLLOUT)
    print(ep.poll(0))
    os.write(w, b'y')
    print(sorted(ep.poll(0.01)))
    ep.modify(w, select.EPOLLOUT | select.EPOLLONESHOT)
    print(sorted(ep.poll(0)), sorted(ep.poll(0)))
    for f, a in [(ep.register, (r,)), (ep.unregister, (99,)), (ep.modify, (99, 1))]:
        try:
            f(*a)
        except OSError as e:
            print(type(e).__name__, e)
    ep.unregister(w)
    os.close(w)
    print(ep.poll(0))
    with open(__file__) as f:
        try:
            ep.register(f)
        except OSError as e:
            print(type(e).__name__, e)
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print(e)
os.close(r)

# selectors (DefaultSelector picks epoll) over a child process's output
sel = selectors.DefaultSelector()
print(type(sel).__name__)
p = subprocess.Popen(['sh', '-c', 'echo one; echo two >&2'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
sel.register(p.stdout, selectors.EVENT_READ, 'out')
sel.register(p.stderr, selectors.EVENT_READ, 'err')
got = {}
while sel.get_map():
    for key, events in sel.select(5):
        data = os.read(key.fd, 100)
        if data:
            got[key.data] = got.get(key.data, b'') + data
        else:
            sel.unregister(key.fileobj)
print(sorted(got.items()), p.wait())
sel.close()
p.stdout.close()
p.stderr.close()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    r, w = os.pipe()
    with cls() as s:
        s.register(r, selectors.EVENT_READ)
        print(cls.__name__, s.select(0))
        os.write(w, b'z')
        print([(k.fd == r, ev) for k, ev in s.select(0)])
    os.close(r)
    os.close(w)
