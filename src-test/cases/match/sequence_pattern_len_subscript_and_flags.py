# Sequence and mapping patterns: the Py_TPFLAGS_SEQUENCE/MAPPING rules (built-ins, ABC subclasses,
# registration, first flagged class of the MRO wins), len() before anything, subscripts for a *_ star,
# unpacking (with its errors) otherwise.
import collections.abc, array, collections

class Seq(collections.abc.Sequence):
    def __init__(self, n): self.n = n; self.log = []
    def __getitem__(self, i):
        self.log.append(i)
        if i >= self.n or i < 0: raise IndexError(i)
        return i * 10
    def __len__(self):
        self.log.append('len')
        return self.n

def show(s):
    match s:
        case []: r = 'empty'
        case [x]: r = ('one', x)
        case [x, *_, y]: r = ('ends', x, y)
        case _: r = 'other'
    return r

for n in range(4):
    s = Seq(n)
    print(n, show(s), s.log)

s = Seq(5)
match s:
    case [a, *rest, b]: print('rest', a, rest, b, s.log)
s = Seq(3)
match s:
    case [*_]: print('star only', s.log)
s = Seq(3)
match s:
    case [_, _, *_]: print('wild', s.log)
s = Seq(4)
match s:
    case [_, 10, *_, _]: print('subscr', s.log)

# an endless iterator: subscripting never iterates
class Endless(collections.abc.Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 42
match Endless():
    case [x, *_, y]: print('endless', x, y)

# __len__ disagreeing with iteration: unpacking's errors
class Liar(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
    def __len__(self): return 3
try:
    match Liar():
        case [a, b, c]: print('no')
except ValueError as e:
    print('ValueError', e)
try:
    match Liar():
        case [a, *b, c, d]: print('no')
except ValueError as e:
    print('ValueError', e)

# which types are sequences / mappings
def kind(x):
    match x:
        case [*_]: return 'seq'
        case {}: return 'map'
    return 'neither'
for v in ['ab', b'ab', bytearray(b'ab'), [1], (1,), range(2), memoryview(b'ab'), collections.deque([1]),
          array.array('i', [1]), {}, collections.OrderedDict(), collections.defaultdict(int),
          collections.UserList([1]), collections.UserDict(), {1}, 3, type(Seq).__dict__]:
    print(type(v).__name__, kind(v))

class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
for cls in (M1, M2, M3, S1, S3, S4):
    print(cls.__name__, kind(cls()))

class Parent: pass
class ChildPre(Parent): pass
collections.abc.Sequence.register(Parent)
class ChildPost(Parent): pass
class P2: pass
collections.abc.Mapping.register(P2)
collections.abc.Sequence.register(str)
for cls in (Parent, ChildPre, ChildPost, P2):
    print(cls.__name__, kind(cls()))
print('str', kind('x'))
print('__abc_tpflags__' in collections.abc.Sequence.__dict__)
