# os.pipe descriptors shared with the io stack: os.fdopen, open(fd), io.FileIO(fd), closefd,
# dup/dup2, blocking flags, and threads on either end.
import io
import os
import stat
import threading

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r), os.isatty(r))
print(stat.S_ISFIFO(os.fstat(r).st_mode))
os.write(w, b'written with os.write\n')
f = os.fdopen(r)
print(type(f).__name__, f.mode, f.fileno() == r, f.readable(), f.writable(), f.seekable())
print(repr(f.readline()))
g = open(w, 'w', closefd=False)
g.write('through open(fd)\n')
g.flush()
print(repr(f.readline()))
g.close()
print(os.write(w, b'still open: closefd=False\n'))
print(repr(f.readline()))
os.close(w)
print(repr(f.read()), f.closed)
f.close()
try:
    os.read(r, 1)
except OSError as e:
    print(type(e).__name__, e)

# io.FileIO on a descriptor
r, w = os.pipe()
raw_w = io.FileIO(w, 'w')
raw_r = io.FileIO(r, 'r')
print(raw_w.write(b'raw bytes'), raw_r.read(4), raw_r.read(100))
print(raw_w.mode, raw_r.mode, raw_r.name == r, raw_r.seekable())
try:
    raw_r.seek(0)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    raw_r.truncate(0)
except OSError as e:
    print(type(e).__name__)
raw_w.close()
print(raw_r.read(), raw_r.readall())
raw_r.close()
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)
try:
    io.FileIO(r)
except OSError as e:
    print(type(e).__name__, e)

# closing the descriptor under a file object
r, w = os.pipe()
f = os.fdopen(w, 'wb', buffering=0)
os.close(w)
try:
    f.write(b'x')
except OSError as e:
    print(type(e).__name__, e)
try:
    f.close()
except OSError as e:
    print('close:', type(e).__name__, e)
os.close(r)

# dup and dup2
r, w = os.pipe()
w2 = os.dup(w)
print(w2 > w, os.get_inheritable(w2))
os.write(w2, b'via dup ')
os.close(w)
os.write(w2, b'still the same pipe')
os.close(w2)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
r1, w1 = os.pipe()
r2, w2 = os.pipe()
print(os.dup2(w2, w1) == w1)
os.write(w1, b'to the second pipe')
os.close(w2)
os.close(w1)
print(os.read(r2, 100), os.read(r1 if False else r2, 10))
os.close(r1)
os.close(r2)

# non-blocking ends
r, w = os.pipe()
os.set_blocking(r, False)
print(os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
fr = io.FileIO(r, closefd=False)
print(fr.read(10), fr.readall())
with open(r, 'rb', closefd=False) as br:
    print(br.read(10))
os.write(w, b'now there is data')
print(fr.read(3), fr.readall())
fr.close()
os.set_inheritable(w, True)
print(os.get_inheritable(w))
os.close(r)
os.close(w)

# threads: a writer thread and a reading main thread, a large transfer
r, w = os.pipe()
chunks = [bytes([i % 256]) * 10000 for i in range(30)]

def writer():
    with os.fdopen(w, 'wb') as out:
        for c in chunks:
            out.write(c)

t = threading.Thread(target=writer)
t.start()
with os.fdopen(r, 'rb') as inp:
    got = inp.read()
t.join()
print(len(got), got == b''.join(chunks))

r, w = os.pipe()
lines = []

def reader():
    with open(r) as inp:
        for line in inp:
            lines.append(line.strip())

t = threading.Thread(target=reader)
t.start()
with open(w, 'w') as out:
    for i in range(5):
        print('line', i, file=out)
t.join()
print(lines)

# regular files through os.open and open(fd)
name = 'scratch_os_pipe_%d.txt' % os.getpid()
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
with open(fd, 'w') as f:
    f.write('one\ntwo\n')
fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 4))
with os.fdopen(fd) as f:
    print(f.tell(), repr(f.read()))
with open(name, 'rb') as f:
    fd = f.fileno()
    print(os.lseek(fd, 0, os.SEEK_END), os.fstat(fd).st_size, os.isatty(fd))
os.remove(name)
print(io.open is open, os.fdopen.__name__)
