# os.statvfs / os.fstatvfs: statvfs_result's shape, relations between its fields, shutil.disk_usage
import os
import shutil
import tempfile

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = os.statvfs(".")
print(type(s).__name__, type(s).__module__, len(s), s.n_fields, s.n_sequence_fields)
print([n for n in dir(s) if n.startswith("f_")])
print(all(type(v) is int for v in s), type(s.f_fsid).__name__)
print(s.f_bfree <= s.f_blocks, s.f_bavail <= s.f_blocks, s.f_ffree <= s.f_files, s.f_favail <= s.f_files)
print(s.f_bsize > 0, s.f_frsize > 0, s.f_namemax >= 14, s[0] == s.f_bsize, s[9] == s.f_namemax)
print(os.statvfs_result is type(s))
fd = os.open(".", os.O_RDONLY)
print("fd path", os.statvfs(fd).f_bsize == s.f_bsize)
os.close(fd)
with tempfile.TemporaryFile() as f:
    t = os.fstatvfs(f.fileno())
    print("fstatvfs", type(t).__name__, t.f_namemax > 0, t.f_blocks >= t.f_bfree)
u = shutil.disk_usage(".")
print(type(u).__name__, u.total > 0, u.used + u.free <= u.total or u.free <= u.total)
attempt("missing", lambda: os.statvfs("/no/such/dir"))
attempt("bytes missing", lambda: os.statvfs(b"/no/such/dir"))
attempt("float", lambda: os.statvfs(1.5))
attempt("closed fd", lambda: os.fstatvfs(999))
attempt("fstatvfs str", lambda: os.fstatvfs("x"))
print("statvfs" in dir(os), os.statvfs in os.supports_fd)
