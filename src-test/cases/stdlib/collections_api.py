# collections: namedtuple, Counter arithmetic, OrderedDict ordering ops, ChainMap, deque ops, defaultdict, UserDict/UserList/UserString
from collections import namedtuple, Counter, OrderedDict, ChainMap, deque, defaultdict, UserDict, UserList, UserString
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p[0], p.y, p == (3, 4), tuple(p), Point._make([5, 6]), p._asdict(), hash(p) == hash((3, 4)))
x, y = p; print(x + y, p._replace(y=9), Point._field_defaults, len(p))
Emp = namedtuple('Emp', 'name, age dept', defaults=['eng'], rename=False, module='m')
print(Emp('ann', 30), Emp.__module__, Emp._field_defaults)
R = namedtuple('R', ['a', 'def', 'a', '_x'], rename=True); print(R._fields)
class P3(Point):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(P3(3, 4).norm, P3(1, 2))
for bad in (['a', 'a'], ['1x'], ['class'], ['_p']):
    try:
        namedtuple('N', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
c = Counter(a=3, b=1, c=0)
d = Counter(a=1, b=2, d=-1)
print(c + d, c - d, c | d, c & d, +d, -d)
c.update('aab'); print(c, c.total(), c.most_common(1))
c.subtract({'a': 10}); print(c, sorted(c.elements()))
print(Counter('hello world').most_common(3), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
print(Counter(a=1) <= Counter(a=2), Counter(a=1, b=0) == Counter(a=1))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(OrderedDict(x=1, y=2))), repr(OrderedDict()), OrderedDict([(1, 2)]))
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'c': 4})['c'], cm.parents)
cm['z'] = 0; print(cm.maps[0])
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
dq = deque([1, 2, 3])
dq.appendleft(0); dq.extend([4, 5]); dq.extendleft([-1, -2]); dq.rotate(2)
print(dq, dq.pop(), dq.popleft(), dq.count(1), dq.index(1), dq[2], len(dq))
dq.rotate(-3); print(dq, list(reversed(dq)), dq.maxlen)
dq.remove(0); dq.insert(1, 99); print(dq, dq * 2, dq + deque([7]))
b = deque(maxlen=2); b.extend(range(5)); print(b, b.maxlen)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
try:
    dq.remove(1000)
except ValueError as e:
    print('ValueError', e)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory, 'z' in dd, len(dd))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2; print({k: dict(v) for k, v in nested.items()})
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)
class MyDict(UserDict):
    def __missing__(self, key): return key * 2
md = MyDict(a=1); print(md['a'], md['zz'], md.data, 'a' in md, md.get('q'))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], ul[1:], type(ul[1:]).__name__)
us = UserString('hello'); print(us.upper(), us[1:3], us + '!', len(us), type(us.upper()).__name__)
