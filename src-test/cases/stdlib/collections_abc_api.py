# collections.abc: isinstance/issubclass of builtins, mixin methods from abstract bases, registration, abstract errors
import collections.abc as cabc
for obj in ([], (), {}, set(), frozenset(), '', b'', range(3), iter([]), (x for x in []), {}.keys(), {}.items(), memoryview(b''), 3, None):
    names = [n for n in ('Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Hashable', 'Sequence', 'MutableSequence',
                         'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'Reversible', 'Collection', 'ByteString')
             if isinstance(obj, getattr(cabc, n))]
    print(type(obj).__name__, names)
print(issubclass(list, cabc.Sequence), issubclass(dict, cabc.Sequence), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable))
print(isinstance(len, cabc.Callable), isinstance(3, cabc.Callable))
class Seq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10
s = Seq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, cabc.Reversible))
class M(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2); m.setdefault('c', 3)
print(dict(m), m.get('z', 0), m.pop('a'), list(m.keys()), list(m.items()), m == {'b': 2, 'c': 3}, m.popitem())
class S(cabc.Set):
    def __init__(self, it): self.e = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.e
    def __iter__(self): return iter(self.e)
    def __len__(self): return len(self.e)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 5]), a.isdisjoint([9]))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), cabc.Iterator), issubclass(It, cabc.Iterable))
class Reg: pass
cabc.Sequence.register(Reg)
print(issubclass(Reg, cabc.Sequence), issubclass(Reg, cabc.Iterable), isinstance(Reg(), cabc.Sized))
try:
    cabc.Sequence()
except TypeError as e:
    print('TypeError', e)
class Half(cabc.Mapping):
    def __getitem__(self, k): return k
try:
    Half()
except TypeError as e:
    print('TypeError', e)
def gen():
    x = yield 1
    yield x
g = gen(); print(isinstance(g, cabc.Generator), next(g), g.send(5))
async def co(): pass
c = co(); print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable)); c.close()
print(cabc.Mapping.__abstractmethods__ == frozenset({'__getitem__', '__iter__', '__len__'}))
print(sorted(cabc.MutableSequence.__abstractmethods__))
