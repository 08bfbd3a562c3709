# _stat, the C half of stat: every constant, the S_IS* tests, S_IMODE/S_IFMT and filemode (which
# marks an unknown file type '?', where stat.py's own fallback says '-'), with CPython's errors for
# modes that are not ints or do not fit a mode_t.
import _stat
import os
import stat
import tempfile

names = sorted(n for n in dir(_stat) if not n.startswith('__'))
print(len(names), names)
print([(n, getattr(_stat, n)) for n in names if isinstance(getattr(_stat, n), int)])
print(all(getattr(stat, n) is getattr(_stat, n) for n in names))

for mode in (0o100644, 0o40755, 0o120777, 0o60660, 0o20620, 0o10600, 0o140755, 0o170777, 0o4755, 0o2755,
             0o1777, 0o7000, 0o104644, 0o102654, 0o41776, 0, 2**32 - 1):
    tests = [n for n in ('S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK', 'S_ISSOCK',
                         'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(stat, n)(mode)]
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)), tests)

print(stat.S_ISDIR(True), stat.S_ISREG(False))
for bad in (2**70, 2**32, -1, -2**70, 1.0, '1', None):
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.filemode):
        try:
            print(f(bad))
        except Exception as e:
            print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 0o40000


try:
    stat.S_ISDIR(Index())
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    with open(p, 'w'):
        pass
    os.chmod(p, 0o640)
    st = os.stat(p)
    print(stat.filemode(st.st_mode), stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode),
          stat.filemode(os.stat(d).st_mode)[0], st[stat.ST_MODE] == st.st_mode)
