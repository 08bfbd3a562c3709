# fcntl: flock, lockf, fcntl with int and bytes arguments, descriptor and status flags, errors
import fcntl
import os
import struct
import tempfile

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = tempfile.mkdtemp()
path = os.path.join(d, "locked.txt")
with open(path, "w") as f:
    f.write("data")
    f.flush()
    print("flock ex", fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB))
    print("flock un", fcntl.flock(f.fileno(), fcntl.LOCK_UN))
    print("lockf ex", fcntl.lockf(f, fcntl.LOCK_EX))
    print("lockf range", fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 2, 1, os.SEEK_SET))
    print("lockf un", fcntl.lockf(f, fcntl.LOCK_UN))
    # a bytes argument: a struct flock goes in and comes back as bytes (no other process holds a lock)
    fmt = "hhqqi4x"
    lk = struct.pack(fmt, fcntl.F_WRLCK, 0, 0, 0, 0)
    out = fcntl.fcntl(f, fcntl.F_GETLK, lk)
    print("getlk", type(out).__name__, len(out) == len(lk), struct.unpack(fmt, out)[0] == fcntl.F_UNLCK)
    print("str arg", fcntl.fcntl(f, fcntl.F_GETFD, "abc"))
    fl = fcntl.fcntl(f, fcntl.F_GETFL)
    print("getfl", type(fl).__name__, fl & os.O_ACCMODE == os.O_WRONLY, fl & os.O_NONBLOCK)
    print("setfl", fcntl.fcntl(f, fcntl.F_SETFL, fl | os.O_NONBLOCK))
    print("nonblock", fcntl.fcntl(f, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK, os.get_blocking(f.fileno()))
    fcntl.fcntl(f, fcntl.F_SETFL, fl)
    print("cloexec", fcntl.fcntl(f, fcntl.F_GETFD) == fcntl.FD_CLOEXEC, os.get_inheritable(f.fileno()))
    print("setfd", fcntl.fcntl(f, fcntl.F_SETFD, 0), fcntl.fcntl(f, fcntl.F_GETFD), os.get_inheritable(f.fileno()))
    dup = fcntl.fcntl(f, fcntl.F_DUPFD, 30)
    print("dupfd", dup >= 30, os.fstat(dup).st_size == os.fstat(f.fileno()).st_size)
    os.close(dup)
    attempt("long bytes", lambda: fcntl.fcntl(f, fcntl.F_GETFD, b"x" * 2000))
    attempt("float arg", lambda: fcntl.fcntl(f, fcntl.F_GETFD, 1.5))
    attempt("bad lockf cmd", lambda: fcntl.lockf(f, 0))

r, w = os.pipe()
print("pipe getfl", fcntl.fcntl(r, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY, fcntl.fcntl(w, fcntl.F_GETFL) & os.O_ACCMODE == os.O_WRONLY)
fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK)
print("pipe nonblocking", os.get_blocking(r))
attempt("read empty nonblocking pipe", lambda: os.read(r, 1))
os.close(r)
os.close(w)

attempt("closed fd", lambda: fcntl.fcntl(r, fcntl.F_GETFL))
attempt("negative fd", lambda: fcntl.fcntl(-1, fcntl.F_GETFL))
attempt("str fd", lambda: fcntl.fcntl("x", fcntl.F_GETFL))
attempt("flock closed", lambda: fcntl.flock(999, fcntl.LOCK_SH))
attempt("lockf closed", lambda: fcntl.lockf(999, fcntl.LOCK_SH))
attempt("ioctl closed", lambda: fcntl.ioctl(999, 0))
print([n for n in ("LOCK_SH", "LOCK_EX", "LOCK_NB", "LOCK_UN", "F_GETFL", "F_SETFL", "F_GETLK", "FD_CLOEXEC") if hasattr(fcntl, n)])
os.unlink(path)
os.rmdir(d)
