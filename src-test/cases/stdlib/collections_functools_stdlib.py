# the unmodified collections and functools on our C modules: namedtuple (_tuplegetter), Counter (_count_elements), deque/defaultdict as ABCs, lru_cache, partial, reduce, cmp_to_key
import collections.abc, collections, functools, struct, heapq, bisect, operator, contextvars, abc
from collections import namedtuple, Counter, OrderedDict, deque, defaultdict, ChainMap
P = namedtuple('P', 'x y', defaults=[0])
p = P(1); print(p, p.x, p.y, p._replace(x=5), p._asdict(), P._fields, P.__doc__, P.x.__doc__)
c = Counter('abracadabra'); print(c.most_common(3), c['a'], c['zz'], sorted(c.elements())[:4], c + Counter('aab'))
print(OrderedDict(a=1, b=2), isinstance(deque(), collections.abc.MutableSequence), isinstance(defaultdict(), collections.abc.MutableMapping))
d = deque(range(5), maxlen=3); print(d, collections.abc.Sequence in type(d).__mro__)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info(), fib.__wrapped__.__name__, fib.__name__, fib.cache_parameters())
@functools.lru_cache
def g(x): return x * 2
print(g(3), g(3), g.cache_info())
class K:
    @functools.lru_cache(maxsize=8)
    def m(self, x): return x + 1
    @functools.cached_property
    def cp(self): return 42
print(K().m(1), K().cp)
print(functools.reduce(operator.mul, range(1, 10)), functools.partial(int, base=2)('101'), sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) > T(2))
print(struct.pack('<hq', 1, 2), heapq.nlargest(2, [5, 1, 9]), bisect.bisect([1, 3], 2))
v = contextvars.ContextVar('v', default=0); print(v.get(), contextvars.copy_context().run(lambda: (v.set(5), v.get())[1]), v.get())
print(ChainMap({'a': 1}, {'b': 2})['b'], collections.UserDict(a=1)['a'], list(collections.UserList([1, 2])))
