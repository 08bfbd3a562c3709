# functools: partial, reduce, wraps/update_wrapper, lru_cache/cache, cached_property, singledispatch, total_ordering, cmp_to_key, partialmethod
import functools
from functools import partial, reduce, wraps, lru_cache, cache, cached_property, singledispatch, singledispatchmethod, total_ordering, cmp_to_key, partialmethod
def power(base, exp, *, mod=None): return pow(base, exp, mod)
sq = partial(power, exp=2); cube_mod = partial(power, exp=3, mod=5)
print(sq(7), cube_mod(4), sq.func is power, sq.args, sq.keywords, partial(sq, 3)())
print(repr(partial(max, 1, key=abs)).replace(repr(max), 'max'))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
try:
    partial()
except TypeError as e:
    print('TypeError', e)
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return ('wrapped', f(*a, **k))
    return inner
@deco
def hello(name: str) -> str:
    """Greets."""
    return 'hi ' + name
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__('x'), hello.__annotations__, hello.__qualname__)
calls = []
@lru_cache(maxsize=2)
def slow(x):
    calls.append(x); return x * x
for v in (1, 2, 1, 3, 1, 2):
    slow(v)
print(calls, slow.cache_info()); slow.cache_clear(); print(slow.cache_info())
@lru_cache(typed=True)
def t(x): calls.append(('t', x)); return x
t(1); t(1.0); t(1); print(t.cache_info().misses, t.cache_info().hits)
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().currsize)
try:
    slow([1])
except TypeError as e:
    print('TypeError', e)
class Data:
    def __init__(self): self.n = 0
    @cached_property
    def value(self):
        self.n += 1; return self.n * 100
dd = Data(); print(dd.value, dd.value, dd.n, 'value' in vars(dd)); del dd.value; print(dd.value)
@singledispatch
def show(x): return 'obj:' + repr(x)
@show.register
def _(x: int): return 'int:%d' % x
@show.register(list)
def _(x): return 'list of %d' % len(x)
@show.register(float)
@show.register(complex)
def _(x): return 'num:' + str(x)
print(show(1), show(True), show([1, 2]), show(2.5), show(1j), show('s'), show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
class Fmt:
    @singledispatchmethod
    def f(self, x): return 'other'
    @f.register
    def _(self, x: str): return 'str ' + x
print(Fmt().f('a'), Fmt().f(2))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
    def __repr__(self): return 'V(%r)' % self.v
print(V(1) > V(0), V(1) >= V(1), V(2) <= V(1), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
try:
    V(1) < 3
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class NoOrder: pass
except ValueError as e:
    print('ValueError', e)
print(sorted(['banana', 'Apple', 'cherry'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
class Cell:
    def __init__(self): self.state = None
    def set(self, v): self.state = v
    on = partialmethod(set, True)
    off = partialmethod(set, False)
cl = Cell(); cl.on(); print(cl.state); cl.off(); print(cl.state)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
