# copy: shallow/deep copies of builtins, cycles, memo, __copy__/__deepcopy__, __reduce_ex__, __getstate__/__setstate__, slots, errors
import copy
a = [1, [2, 3], {'k': [4]}]
s, d = copy.copy(a), copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1])
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(b'x'), copy.deepcopy(bytearray(b'ab')), copy.copy(range(3)))
class Pt:
    def __init__(self, x, tags): self.x = x; self.tags = tags
    def __repr__(self): return 'Pt(%r, %r)' % (self.x, self.tags)
p = Pt(1, ['a']); p2 = copy.copy(p); p3 = copy.deepcopy(p); p.tags.append('b')
print(p2, p3, p2.tags is p.tags, type(p3).__name__)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom('copied-' + self.v)
    def __deepcopy__(self, memo): return Custom('deep-' + self.v)
print(copy.copy(Custom('a')).v, copy.deepcopy([Custom('b')])[0].v)
class State:
    def __init__(self): self.a = 1; self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy(); del st['cache']; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = 'rebuilt'
c = copy.deepcopy(State()); print(c.a, c.cache)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
sl = copy.deepcopy(Slotted()); print(sl.a, sl.b)
class Red:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (Red, (self.x * 2,))
print(copy.copy(Red(5)).x)
def f(): pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int, copy.copy(None))
memo = {}; o = [1]; copy.deepcopy([o, o], memo); print(len(memo) > 0)
class Bad:
    def __reduce_ex__(self, proto): raise copy.Error('no copies')
try:
    copy.copy(Bad())
except copy.Error as e:
    print('Error', e)
import threading
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print('TypeError', e)
print(copy.Error is copy.error)
