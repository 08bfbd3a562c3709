# _collections used directly: deque and defaultdict API, errors, subclasses, _count_elements, _tuplegetter
from _collections import deque, defaultdict, _count_elements, _tuplegetter
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend([7, 8]); d.extendleft([9, 10]); print(d)
print(d.count(7), d.index(7), 7 in d, 99 in d)
d.insert(2, 'x'); print(d); d.remove('x'); print(d)
del d[0]; d[0] = 'y'; print(d)
d.reverse(); print(d)
b = deque(range(10), maxlen=3); print(b, b.maxlen)
b.append(11); print(b); b.appendleft(-1); print(b)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1])
print(d + deque([1]), d * 2, 2 * deque([5]))
e = deque([1]); e += [2, 3]; e *= 2; print(e)
r = deque([1]); r.append(r); print(r)
print(list(reversed(deque([1,2,3]))))
for f in [lambda: d.index(99), lambda: deque().pop(), lambda: d['a'], lambda: d[100], lambda: deque([1],1).insert(0,2), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: d+[1], lambda: d*'a', lambda: hash(d), lambda: deque(1), lambda: d[1:2], lambda: deque([],2,3)]:
    try: print(f())
    except Exception as ex: print(type(ex).__name__, ex)
try:
    for x in d: d.append(1)
except RuntimeError as ex: print(ex)
print(d.__reduce__()[:3], deque([1],3).__reduce__()[:3])
print(deque([1,2]).copy(), bool(deque()), bool(deque([0])))
class M(deque):
    def append(self, x):
        super().append(x * 10)
m = M([1, 2]); m.append(3); print(list(m), len(m), isinstance(m, deque))
for x in m: print(x, end=' ')
print()
m += [5]; print(type(m).__name__, list(m))
dd = defaultdict(list)
dd['a'].append(1); dd['b']; print(dd, dd.default_factory)
print(dd['a'], 'c' in dd, dd.get('zz'))
dd2 = defaultdict(int, {'x': 1}); dd2['y'] += 5; print(dd2, dd2.copy(), type(dd2.copy()))
print(dd2 | {'z': 1}, {'q': 0} | dd2, isinstance(dd2, dict))
print(defaultdict(), repr(defaultdict(None, a=1)))
try: defaultdict(1)
except TypeError as ex: print(ex)
try: defaultdict()['k']
except KeyError as ex: print('KeyError', ex)
class DD(defaultdict):
    def __missing__(self, k): return 'm' + k
x = DD(); print(x['q'])
c = {}; _count_elements(c, 'abracadabra'); print(sorted(c.items()))
print(deque.__module__, defaultdict.__module__, type(iter(deque())).__name__)
g = _tuplegetter(1, 'doc'); print(g.__doc__)
class P(tuple):
    y = _tuplegetter(1, 'the y')
print(P((1, 2)).y, P.y.__doc__)
