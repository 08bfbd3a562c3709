# Building strings with + and += : results, lengths, hashing, astral characters and errors.
# (Long concatenations are joined lazily by the runtime; every observable must be unchanged.)

def build(n, piece):
    s = ''
    for i in range(n):
        s += piece(i)
    return s

s = build(300000, str)
print(len(s), s[:12], s[-12:], s.count('9'), s.find('29999'), s.rfind('12345'))
print(hash(s) == hash(''.join(map(str, range(300000)))), s == ''.join(map(str, range(300000))))

# a million appends: no recursion limit, no quadratic time
t = build(1000000, lambda i: 'ab'[i % 2])
print(len(t), t[:6], t[-6:], t.count('ba'))

# len and indexing between appends
u = ''
lens = []
for i in range(2000):
    u = u + chr(65 + i % 26)
    if i % 400 == 0:
        lens.append((len(u), u[-1], u[0]))
print(lens)

# astral characters count as one code point, in the parts and in the result
a = 'x' * 100
b = '\U0001F600' * 50
c = a + b + a
print(len(c), c[99], c[100] == '\U0001F600', c[149] == '\U0001F600', c[150], c.index('\U0001F600'))
d = ''
for i in range(500):
    d += '\U0001F40D' if i % 7 == 0 else 'é'
print(len(d), d.count('\U0001F40D'), d[7] == '\U0001F40D', d[8], d.encode('utf-8')[:6])
print(len(d + d), (d + d)[500:502] == d[:2])

# equality, hashing and dict keys between joined and plain strings
k1 = 'k' * 80 + 'v' * 80
k2 = ''.join(['k' * 80, 'v' * 80])
m = {k1: 1}
print(k2 in m, m[k2], k1 == k2, hash(k1) == hash(k2), k1 is not k2)
print(sorted([k1 + 'b', k2 + 'a', 'k']) [0] == 'k', (k1 + 'z') > (k2 + 'a'))

# identity with the empty string, and results of str subclasses
e = 'abc' * 50
print(e + '' is e, '' + e is e, type(e + e).__name__)
class S(str):
    pass
s1 = S('p' * 100)
r = s1 + 'q' * 100
print(type(r).__name__, len(r), r[99:101])
r2 = 'q' * 100 + s1
print(type(r2).__name__, r2[99:101])
class T(str):
    def __add__(self, other):
        return 'T.__add__'
    def __radd__(self, other):
        return 'T.__radd__'
print(T('a') + 'b', 'b' + T('a'))

# methods on a built string
w = build(1000, lambda i: 'word%d ' % i)
print(len(w.split()), w.split()[-1], w.upper()[:10], w.replace('word', 'w')[:12], w.strip()[-7:])
print(w.startswith('word0 word1'), w.endswith('word999 '), 'word500 ' in w, w.encode()[-8:])
print(f'{w[:5]!r}', repr(w[-9:]), '%s|' % w[-4:], w.partition('word10 ')[2][:7])

# errors keep CPython's messages
for bad in [lambda: 'a' * 200 + 1, lambda: 1 + 'a' * 200, lambda: 'a' + None, lambda: b'x' + 'y']:
    try:
        bad()
    except TypeError as ex:
        print('TypeError:', ex)
v = 'v' * 300
try:
    v += 5
except TypeError as ex:
    print('TypeError:', ex, len(v))
import collections
for init, other in [('a', 5), ((1,), 5), ([1], 5), ('a', None), ((1,), [2]), ([1], (2,)), (b'x', 'y'), (bytearray(b'x'), 'y'), ('a', b'x'), (collections.deque([1]), 5), ({1}, {2}), (1, 'a')]:
    x = init
    try:
        x += other
        print(type(init).__name__, 'ok', x)
    except TypeError as e:
        print(type(init).__name__, 'TypeError:', e)
