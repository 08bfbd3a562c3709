# Subclasses of frozenset and tuple: __new__ taking other arguments, overrides, results' types.
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __contains__(self, x):
        return x == "magic"

fs = FS(1, 2, 3)
print(sorted(fs), len(fs), 1 in fs, "magic" in fs)
print(fs | {4}, type(fs | {4}).__name__, fs & {1}, type(fs & {1}).__name__)
print(fs == frozenset({1, 2, 3}), hash(fs) == hash(frozenset({1, 2, 3})))
print(repr(fs), repr(FS()), type(fs.copy()).__name__)

class S(set):
    pass

print(repr(S({1})), repr(S()), str(S([2])))

class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __getitem__(self, i):
        return "item" + str(tuple.__getitem__(self, i))
    @property
    def first(self):
        return tuple.__getitem__(self, 0)

t = T(1, 2)
print(t, t[0], t.first, len(t), list(t), t + (3,), type(t + (3,)).__name__)
print(t == (1, 2), hash(t) == hash((1, 2)), t.count(1), t.index(2))
x, y = t
print(x, y, tuple(t), type(tuple(t)).__name__, t * 2, type(t * 2).__name__)

class Pair(tuple):
    __slots__ = ()
    def __repr__(self):
        return "Pair" + tuple.__repr__(self)

print(Pair((1, 2)), [Pair((3, 4))], str(Pair(())))
try:
    Pair((1,)).z = 1
except AttributeError as e:
    print("AttributeError:", e)
