# nonempty __slots__ are refused only on CPython's variable-size built-ins (int, bytes, tuple, type)
for base in (int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, Exception, type):
    try:
        type('X', (base,), {'__slots__': ('a',)})
        print(base.__name__, 'ok')
    except TypeError as e:
        print(base.__name__, 'TypeError:', e)

class HashedSeq(list):
    __slots__ = 'hashvalue'
    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)
    def __hash__(self):
        return self.hashvalue

h = HashedSeq((1, 2, 3))
print(h, hash(h) == hash((1, 2, 3)), len(h))
try:
    h.other = 1
except AttributeError as e:
    print('AttributeError:', e)

class D(dict):
    __slots__ = ('tag',)
d = D(a=1)
d.tag = 'x'
print(d, d.tag, hasattr(d, '__dict__'))
