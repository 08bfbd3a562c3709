# posix status and directories: stat_result as a struct sequence, scandir/DirEntry, bytes and
# path-like paths, links, chmod/utime, chdir/getcwd, and the errors CPython raises.
import posix

d = "scratch_posix_stat_%d" % posix.getpid()
posix.mkdir(d, 0o755)

def attempt(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(label, "->", r)
    except OSError as e:
        fn1 = e.filename.replace(d, "D") if isinstance(e.filename, str) else e.filename
        fn2 = e.filename2.replace(d, "D") if isinstance(e.filename2, str) else e.filename2
        if isinstance(fn1, bytes):
            fn1 = fn1.replace(d.encode(), b"D")
        print(label, type(e).__name__, e.errno, e.strerror, fn1, fn2)
    except (TypeError, ValueError, AttributeError, StopIteration) as e:
        print(label, type(e).__name__, e)

def write(name, data):
    fd = posix.open(d + "/" + name, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    posix.write(fd, data)
    posix.close(fd)

write("a.txt", b"12345")
write("b.bin", b"")
posix.mkdir(d + "/sub")
write("sub/inner", b"x")

st = posix.stat(d + "/a.txt")
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.st_size, st[6], st.st_mode == st[0], oct(st.st_mode))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev, st.st_nlink, st.st_uid == posix.getuid())
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields)
mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
print(size, ino == st.st_ino)
attempt("setattr:", setattr, st, "st_size", 3)

posix.utime(d + "/a.txt", (1000000000, 1234567890))
st = posix.stat(d + "/a.txt")
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
posix.utime(d + "/a.txt", ns=(5 * 10**9 + 25, 7 * 10**9 + 500))
st = posix.stat(d + "/a.txt")
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
attempt("utime both:", posix.utime, d + "/a.txt", (1, 2), ns=(1, 2))
attempt("utime bad:", posix.utime, d + "/a.txt", (1,))

posix.chmod(d + "/a.txt", 0o600)
print(oct(posix.stat(d + "/a.txt").st_mode & 0o7777))
fd = posix.open(d + "/a.txt", posix.O_RDONLY)
posix.chmod(fd, 0o640)
print(oct(posix.fstat(fd).st_mode & 0o7777), posix.stat(fd).st_size)
posix.close(fd)
print(posix.access(d + "/a.txt", posix.R_OK), posix.access(d + "/a.txt", posix.X_OK), posix.access(d + "/zz", posix.F_OK))

posix.symlink("a.txt", d + "/link")
print(posix.readlink(d + "/link"), posix.readlink((d + "/link").encode()))
print(posix.lstat(d + "/link").st_mode & 0o170000 == 0o120000, posix.stat(d + "/link").st_size)
posix.symlink("nowhere", d + "/dangling")
posix.link(d + "/a.txt", d + "/hard")
print(posix.stat(d + "/a.txt").st_nlink, posix.stat(d + "/hard").st_ino == posix.stat(d + "/a.txt").st_ino)
attempt("readlink file:", posix.readlink, d + "/a.txt")
attempt("symlink exists:", posix.symlink, "x", d + "/link")
attempt("stat dangling:", posix.stat, d + "/dangling")
attempt("link exists:", posix.link, d + "/a.txt", d + "/hard")

with posix.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path.replace(d, "D"), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.inode() == posix.lstat(e.path).st_ino)
e = entries[0]
print(e.stat().st_size, e.stat(follow_symlinks=False).st_size, posix.fspath(e).replace(d, "D"))
print(sorted(x.name for x in posix.scandir(d.encode())))
print(sorted(x.path.replace(d.encode(), b"D") for x in posix.scandir(d.encode() + b"/sub")))
print(type(posix.scandir(d)).__name__, posix.DirEntry.__module__)
it = posix.scandir(d)
print(next(it).name in posix.listdir(d))
it.close()
attempt("next closed:", next, it)
attempt("scandir missing:", posix.scandir, d + "/missing")
attempt("listdir file:", posix.listdir, d + "/a.txt")
attempt("listdir list:", posix.listdir, [])
print(sorted(posix.listdir(d.encode())))

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(posix.stat(P(d + "/a.txt")).st_size, posix.stat(P((d + "/a.txt").encode())).st_size)
attempt("stat missing bytes:", posix.stat, (d + "/nope").encode())
attempt("stat pathlike missing:", posix.stat, P(d + "/nope"))
attempt("bad fspath:", posix.stat, P(3))
attempt("nul:", posix.stat, d + "/a\0b")
print(posix.fspath(b"x"), posix.fspath(P(b"y")))

attempt("rmdir file:", posix.rmdir, d + "/a.txt")
attempt("rmdir nonempty:", posix.rmdir, d + "/sub")
attempt("unlink dir:", posix.unlink, d + "/sub")
attempt("rename missing:", posix.rename, d + "/missing", d + "/x")
attempt("rename file over dir:", posix.rename, d + "/b.bin", d + "/sub")
posix.rename(d + "/b.bin", d + "/c.bin")
posix.replace(d + "/c.bin", d + "/hard")
print(sorted(posix.listdir(d)))

here = posix.getcwd()
posix.chdir(d + "/sub")
print(posix.getcwd() == here + "/" + d + "/sub", posix.getcwdb() == posix.getcwd().encode())
print(posix.listdir("."), posix.stat("inner").st_size)
attempt("chdir missing:", posix.chdir, "nope")
attempt("chdir file:", posix.chdir, "inner")
posix.chdir("../..")
print(posix.getcwd() == here)

for name in ["sub/inner", "a.txt", "hard", "link", "dangling"]:
    posix.unlink(d + "/" + name)
posix.rmdir(d + "/sub")
posix.rmdir(d)
print(d in posix.listdir())
