# subclasses of deque, defaultdict and partial keep their class in repr, copy, __reduce__ and operators
from _collections import deque, defaultdict
from _functools import partial

class M(deque): pass
m = M([1, 2], 5); m.tag = 't'
print(repr(m), repr(m.copy()), repr(m + deque([3])), repr(m * 2), repr(2 * m))
r = m.__reduce__(); print(r[0].__name__, r[1], r[2], list(r[3]))
print(repr(M()), M([1]).__reduce__()[2])
class D(defaultdict): pass
d = D(list, a=[1]); d['b'].append(2)
print(repr(d), type(d.copy()).__name__, repr(d.copy()), type(d | {'c': 3}).__name__, repr({'z': 0} | d))
print(d.__reduce__()[0].__name__, d.__reduce__()[1])
class P(partial): pass
def f(*a, **k): return a, k
p = P(f, 1, k=2)
print(repr(p)[:4], p(3), type(p.__reduce__()[0]).__name__, p.__reduce__()[0].__name__, p.__reduce__()[2][1:])
p.x = 1; print(p.__reduce__()[2][3])

