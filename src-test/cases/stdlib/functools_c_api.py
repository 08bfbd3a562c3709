# _functools used directly: partial (flattening, repr, __dict__, pickling state, no binding), reduce, cmp_to_key, the lru_cache wrapper (bounded, unbounded+typed, uncached, as a method, recursion)
import _functools as F
from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
def f(*a, **k): return (a, sorted(k.items()))
p = partial(f, 1, 2, x=3)
print(p(4, y=5), p(x=9), p.func is f, p.args, p.keywords)
q = partial(p, 6, z=7); print(q.func is f, q.args, q.keywords, q())
print(repr(partial(len))[:len('functools.partial(<built-in function len>)')])
print(repr(partial(max, 1, key=abs)))
p.attr = 5; print(p.attr, p.__dict__)
r = partial(p, 0); print(r.func is p)
print(type(p.__reduce__()), p.__reduce__()[0].__name__, p.__reduce__()[2][1:])
s = partial(len); s.__setstate__((max, (1,), {'key': abs}, {'w': 1})); print(s(3), s.w, s.keywords)
class C:
    m = partial(f, 'm')
print(C().m(1))
for g in [lambda: partial(), lambda: partial(1), lambda: partial(print).__setstate__(1), lambda: partial(print).__setstate__((1,)), lambda: partial(print).__setstate__((1,2,3,4)),
  lambda: reduce(lambda a,b:a+b, []), lambda: reduce(lambda a,b:a+b, 1), lambda: reduce(1), lambda: cmp_to_key(lambda a,b:0)(1) < 1, lambda: _lru_cache_wrapper(1, 1, False, None), lambda: _lru_cache_wrapper(print, 'a', False, None),
  lambda: hash(cmp_to_key(lambda a,b:0)(1)), lambda: cmp_to_key(lambda a,b:0)(1).obj, lambda: type(cmp_to_key(lambda a,b:0)), lambda: cmp_to_key(lambda a,b:0)(), lambda: reduce(function=len, iterable=[])]:
    try: print(g())
    except Exception as e: print(type(e).__name__, e)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a + [b], 'abc', []))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), K(1) < K(2), K(2) == K(2), K(3) >= K(4), K(5).obj)
class Info(tuple):
    def __new__(cls, *a): return tuple.__new__(cls, a)
calls = []
def sq(x, y=0):
    calls.append(x); return x * x + y
w = _lru_cache_wrapper(sq, 2, False, Info)
print(w(2), w(3), w(2), w(4), w(3), w(2, y=1), tuple(w.cache_info()), calls)
w.cache_clear(); print(tuple(w.cache_info()))
u = _lru_cache_wrapper(sq, None, True, Info)
print(u(2), u(2.0), u(2), tuple(u.cache_info()))
z = _lru_cache_wrapper(sq, 0, False, Info); print(z(1), z(1), tuple(z.cache_info()))
z.__wrapped__ = sq; print(z.__wrapped__ is sq, z.__dict__.keys())
class M:
    meth = _lru_cache_wrapper(lambda self, x: x + 1, 10, False, Info)
print(M().meth(5), M.meth is M.__dict__['meth'])
def fib(n): return n if n < 2 else fibc(n - 1) + fibc(n - 2)
fibc = _lru_cache_wrapper(fib, None, False, Info); print(fibc(80), tuple(fibc.cache_info()))
