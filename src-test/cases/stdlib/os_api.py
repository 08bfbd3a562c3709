# os: files, directories, environ, fspath, walk, errors with errno/filename
import os, tempfile, stat
print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.devnull)
class P:
    def __fspath__(self): return 'from_fspath'
print(os.fspath('s'), os.fspath(b'b'), os.fspath(P()))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.fsencode('abc'), os.fsdecode(b'abc'))
os.environ['PYSTON_A'] = '1'
print(os.environ['PYSTON_A'], os.getenv('PYSTON_A'), os.getenv('PYSTON_NOPE', 'dflt'), 'PYSTON_A' in os.environ)
del os.environ['PYSTON_A']
print(os.environ.get('PYSTON_A'), os.getenv('PYSTON_A'))
try:
    os.environ['PYSTON_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print('TypeError', e)
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, 'a'))
    os.makedirs(os.path.join(d, 'a', 'b', 'c'))
    os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
    try:
        os.mkdir(os.path.join(d, 'a'))
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, os.path.basename(e.filename))
    for name in ('x.txt', 'y.txt'):
        with open(os.path.join(d, 'a', name), 'w') as f:
            f.write(name * 3)
    print(sorted(os.listdir(os.path.join(d, 'a'))))
    for root, dirs, files in os.walk(d):
        dirs.sort()
        print(os.path.relpath(root, d), dirs, sorted(files))
    for root, dirs, files in os.walk(d, topdown=False):
        print('up', os.path.relpath(root, d))
    with os.scandir(os.path.join(d, 'a')) as it:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    src = os.path.join(d, 'a', 'x.txt')
    os.rename(src, os.path.join(d, 'a', 'z.txt'))
    os.replace(os.path.join(d, 'a', 'z.txt'), os.path.join(d, 'a', 'y.txt'))
    print(sorted(os.listdir(os.path.join(d, 'a'))))
    st = os.stat(os.path.join(d, 'a', 'y.txt'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[stat.ST_SIZE])
    os.chmod(os.path.join(d, 'a', 'y.txt'), 0o600)
    print(oct(stat.S_IMODE(os.stat(os.path.join(d, 'a', 'y.txt')).st_mode)))
    fd = os.open(os.path.join(d, 'raw'), os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b'bytes!'))
    os.close(fd)
    fd = os.open(os.path.join(d, 'raw'), os.O_RDONLY)
    print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 10))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print('OSError', e.errno, e.strerror)
    os.remove(os.path.join(d, 'raw'))
    try:
        os.remove(os.path.join(d, 'raw'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.args, os.path.basename(e.filename))
    try:
        os.rmdir(os.path.join(d, 'a'))
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.listdir(os.path.join(d, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror)
    os.removedirs(os.path.join(d, 'a', 'b', 'c'))
    print(sorted(os.listdir(os.path.join(d, 'a'))))
    old = os.getcwd()
    os.chdir(d)
    print(os.getcwd() == os.path.realpath(d), sorted(os.listdir('.')))
    os.chdir(old)
print(os.getpid() > 0, isinstance(os.cpu_count(), int), os.path.exists(os.devnull))
print(os.strerror(2), os.get_exec_path.__name__, callable(os.urandom), len(os.urandom(8)))
print(os.sep.join(['a', 'b']), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
