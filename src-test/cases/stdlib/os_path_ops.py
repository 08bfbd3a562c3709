# os.path: pure string operations (posixpath) and filesystem queries in a private temp dir
import os, os.path, tempfile
p = os.path
print(p.join('a', 'b', 'c.txt'), p.join('/a', '/b'), p.join('a', ''), p.join('', 'x'))
print(p.split('/usr/lib/python3.11/os.py'), p.split('file'), p.split('/'), p.split('a/b/'))
print(p.splitext('archive.tar.gz'), p.splitext('.bashrc'), p.splitext('a.b/c'), p.splitext('x.'))
print(p.basename('/a/b/c'), p.dirname('/a/b/c'), p.basename('a/b/'), p.dirname('c'))
print(p.normpath('/a//b/./c/../d/'), p.normpath(''), p.normpath('../../x'), p.normpath('//a'))
print(p.isabs('/x'), p.isabs('x'), p.commonprefix(['interstellar', 'internet', 'interval']))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.relpath('/a/b/c', '/a/d'), p.relpath('a/b', 'a'))
print(p.expanduser('~nonexistentuser12/x'), p.splitdrive('/a/b'), p.normcase('AbC'))
os.environ['PYSTON_T_VAR'] = 'val'
print(p.expandvars('$PYSTON_T_VAR/x ${PYSTON_T_VAR} $NOPE_NOT_SET'))
print(p.join(b'a', b'b'), p.splitext(b'f.py'), p.basename(b'/x/y'))
try:
    p.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    p.join('a', 3)
except TypeError as e:
    print('TypeError', e)
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError', e)
try:
    p.commonpath([])
except ValueError as e:
    print('ValueError', e)
with tempfile.TemporaryDirectory() as d:
    f = p.join(d, 'sub', 'f.txt')
    os.makedirs(p.dirname(f))
    with open(f, 'w') as fh:
        fh.write('hello')
    print(p.exists(f), p.isfile(f), p.isdir(f), p.isdir(p.dirname(f)), p.getsize(f), p.islink(f))
    print(p.exists(p.join(d, 'nope')), p.lexists(f), p.samefile(f, p.join(d, 'sub', '..', 'sub', 'f.txt')))
    os.symlink(f, p.join(d, 'ln'))
    print(p.islink(p.join(d, 'ln')), p.realpath(p.join(d, 'ln')) == p.realpath(f))
    print(p.abspath(p.join(d, 'x', '..', 'y')) == p.join(d, 'y'))
    try:
        p.getsize(p.join(d, 'nope'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, p.basename(e.filename))
    print(p.ismount('/'), p.ismount(d))
