# os on top of posix: os.environ (str view over posix.environ, putenv on assignment), os.getenv,
# os.makedirs/os.walk/os.removedirs, os.path on real files, os.scandir, errors.
import os

os.environ["PYSTON_OS_CASE"] = "value"
print(os.environ["PYSTON_OS_CASE"], os.getenv("PYSTON_OS_CASE"), os.getenv("PYSTON_OS_MISSING", "default"))
print(os.environb[b"PYSTON_OS_CASE"], "PYSTON_OS_CASE" in os.environ)
del os.environ["PYSTON_OS_CASE"]
print("PYSTON_OS_CASE" in os.environ, os.environ.get("PYSTON_OS_CASE"))
try:
    os.environ["PYSTON_OS_MISSING"]
except KeyError as e:
    print("KeyError", e)

d = "scratch_os_walk_%d" % os.getpid()
os.makedirs(os.path.join(d, "a", "b", "c"))
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(d, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
for name, data in [("a/one.txt", b"1"), ("a/b/two.txt", b"22"), ("top.txt", b"333")]:
    fd = os.open(os.path.join(d, name), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, data)
    os.close(fd)

for root, dirs, files in os.walk(d):
    dirs.sort()
    print(os.path.relpath(root, d), dirs, sorted(files))
for root, dirs, files in os.walk(d, topdown=False):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))

print(os.path.isdir(d), os.path.isfile(os.path.join(d, "top.txt")), os.path.exists(os.path.join(d, "zz")))
print(os.path.getsize(os.path.join(d, "top.txt")), os.path.islink(d))
print(sorted(e.name for e in os.scandir(d) if e.is_dir()), sorted(e.name for e in os.scandir(d) if e.is_file()))
print(os.path.samefile(d, os.path.join(d, "a", "..")), os.path.abspath(d) == os.path.join(os.getcwd(), d))

for root, dirs, files in os.walk(d, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
os.removedirs(os.path.join(d, "a", "b", "c"))
print(os.path.exists(os.path.join(d, "a")), os.path.exists(d))
os.rmdir(d) if os.path.exists(d) else None
print(os.path.exists(d), os.sep, os.name, os.curdir, os.linesep == "\n")
print(os.stat_result is type(os.stat(".")), os.fspath("x"), os.cpu_count() >= 1)
