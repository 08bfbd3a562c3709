# posix (under os): stat results, directories, rename/replace/remove, errors as CPython's OSError
# subclasses with errno, strerror and filenames. Works in a scratch directory it removes.
import posix

d = "posix_case_scratch"
posix.mkdir(d)
st = posix.stat(d)
print(type(st).__name__, len(st), st[0] == st.st_mode, oct(st.st_mode & 0o170000), st.st_nlink >= 2)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st[8] == int(st.st_mtime), st.st_size >= 0)
print(posix.listdir(d))
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
posix.mkdir(P(d + "/sub"))
posix.rename(d + "/sub", d + "/renamed")
posix.mkdir(d + "/other")
print(sorted(posix.listdir(d)))
posix.rmdir(d + "/other")
posix.replace(d + "/renamed", d + "/final")
print(sorted(posix.listdir(P(d))), posix.stat(d + "/final").st_mode & 0o170000 == 0o040000)
print(posix.lstat(d).st_ino == st.st_ino, posix.access(d, posix.F_OK), posix.access(d + "/nope", posix.F_OK))

def attempt(label, f, *args):
    try:
        f(*args)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("stat missing:", posix.stat, d + "/missing")
attempt("mkdir exists:", posix.mkdir, d)
attempt("rmdir not empty:", posix.rmdir, d)
attempt("remove dir:", posix.remove, d + "/final")
attempt("listdir missing:", posix.listdir, "no_such_dir_here")
attempt("rename missing:", posix.rename, d + "/missing", d + "/x")
attempt("stat list:", posix.stat, [])
attempt("fspath int:", posix.fspath, 1)
print(posix.fspath("a/b"), posix.fspath(P("c")), posix.strerror(2), posix.strerror(13), posix.strerror(999))
posix.rmdir(d + "/final")
posix.rmdir(d)
print(d in posix.listdir("."), posix.getpid() > 0, posix.getcwd() == posix.getcwd())
