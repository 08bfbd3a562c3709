# array.array: every typecode, construction, item access, slicing, conversions, byteswap,
# list-like methods, operators, comparison, repr, bytes-likeness, and CPython's error messages.
from array import array, typecodes, ArrayType
import array as array_module

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (TypeError, ValueError, OverflowError, IndexError, EOFError) as e:
        print(label, type(e).__name__ + ":", e)

print(typecodes, ArrayType is array, array.__module__, array.__name__)
for tc in typecodes:
    a = array(tc, 'ab') if tc == 'u' else array(tc, [1, 2, 3])
    print(tc, a.itemsize, a, len(a), a[0], a[-1], a.tobytes().hex(), a.tolist())
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1), 'L': (0, 2**64 - 1),
          'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc, (lo, hi) in limits.items():
    a = array(tc, [lo, hi])
    print(tc, a, a.tobytes().hex())
    attempt(tc + " too big", array, tc, [hi + 1])
    attempt(tc + " too small", array, tc, [lo - 1])
f = array('f', [0.1, 1.5, -2.25])
d = array('d', [0.1, 1e300, float('inf')])
print(f, d, f.tobytes().hex(), array('d', [1, 2]))
a = array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[5:2], 3 in a, 42 in a, a.index(4), a.count(1))
a[1] = 100
a[2:4] = array('i', [7, 8, 9])
del a[0]
del a[::4]
print(a, len(a))
a.append(5); a.extend([6, 7]); a.extend(array('i', [8])); a.insert(0, -1); a.insert(-1, -2); a.insert(100, 99)
print(a, a.pop(), a.pop(0), a)
a.remove(5); a.reverse()
print(a)
b = array('h', [1, 256, -2])
b.byteswap()
print(b, b.tobytes().hex())
c = array('B')
c.frombytes(b'\x01\x02\x03'); c.fromlist([4, 5])
print(c, bytes(c), bytearray(c), c + array('B', [9]), c * 2, 2 * c, array('B') * 3)
c += array('B', [6]); c *= 2
print(c, c == array('B', c.tolist()), c != c, array('b', [1, 2]) < array('b', [1, 3]), array('b', [1]) < array('b', [1, 0]))
print(array('b', [1, 2]) == array('d', [1.0, 2.0]), array('i') == [], array('i', [1]) >= array('i', [1]))
u = array('u', 'héllo')
u.fromunicode(' wörld')
print(u, u.tounicode(), len(u), u[1], u.tobytes()[:8].hex())
print(list(iter(array('q', [3, 2, 1]))), sorted(array('d', [3.5, 1.5])), sum(array('I', [1, 2, 3])))
print(array('b', b'ab'), array('d', array('d', [1.5])), array('i', array('b', [1, 2])))
orig = array('l', [1, 2, 3])
cp = orig.__copy__(); dp = orig.__deepcopy__({})
cp.append(4)
print(orig, cp, dp)
class W:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
w = W()
array('H', [1, 2, 3]).tofile(w)
print(w.chunks)
class R:
    def read(self, n):
        return b'\x01\x00\x02\x00\x03'[:n]
r = array('H')
attempt("fromfile", r.fromfile, R(), 3)
print(r)
r2 = array('H'); r2.fromfile(R(), 2); print(r2)
attempt("overflow b", array, 'b', [128])
attempt("float in b", array, 'b', [1.0])
attempt("int in u", array, 'u', [1])
attempt("str in d", array, 'd', ['x'])
attempt("bad typecode", array, 'x')
attempt("long typecode", array, 'bb')
attempt("int typecode", array, 1)
attempt("not iterable", array, 'b', 5)
attempt("index", array('b', [1]).index, 5)
attempt("pop empty", array('b').pop)
attempt("pop range", array('b', [1]).pop, 5)
attempt("remove", array('b', [1]).remove, 3)
attempt("frombytes", array('h').frombytes, b'abc')
attempt("getitem", array('b').__getitem__, 3)
attempt("setitem", array('b').__setitem__, 3, 1)
attempt("str init", array, 'b', 'ab')
attempt("u bytes init", lambda: array('u', b'abcd').tounicode())
attempt("tounicode", array('b').tounicode)
attempt("fromunicode bytes", array('u').fromunicode, b'x')
attempt("fromunicode b", array('b').fromunicode, 'x')
attempt("hash", hash, array('b'))
attempt("add list", lambda: array('b') + [1])
attempt("add kind", lambda: array('u', 'ab') + array('b'))
attempt("mul str", lambda: array('b', [1]) * 'x')
attempt("slice list", array('b', [1, 2]).__setitem__, slice(0, 1), [3])
attempt("slice kind", array('b', [1, 2]).__setitem__, slice(0, 1), array('h', [3]))
attempt("ext slice", array('b', [1, 2, 3, 4]).__setitem__, slice(0, 4, 2), array('b', [1]))
attempt("extend kind", array('B', range(3)).extend, array('b'))
attempt("fromlist tuple", array('b').fromlist, (1,))
bad = array('b', [1])
attempt("fromlist atomic", bad.fromlist, [2, 300])
print(bad)
attempt("keywords", lambda: array('b', initializer=[1]))
