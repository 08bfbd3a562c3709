# The operator dunders of built-in types called as methods: results, NotImplemented for foreign
# operands, TypeError where CPython's sequence slots raise, and object's defaults.
def show(label, f):
    try:
        r = f()
        print(label, repr(r) if not hasattr(r, '__next__') else list(r))
    except Exception as e:
        print(label, type(e).__name__, e)

show('list.__add__', lambda: list.__add__([1], [2]))
show('list.__add__ int', lambda: [1].__add__(3))
show('list.__mul__', lambda: [1, 2].__mul__(2))
show('list.__rmul__', lambda: [1, 2].__rmul__(3))
show('list.__mul__ str', lambda: [1].__mul__('a'))
show('list.__mul__ float', lambda: [1].__mul__(1.5))
l = [1]
show('list.__iadd__', lambda: (l.__iadd__('ab'), l)[1])
show('list.__iadd__ same', lambda: l.__iadd__([0]) is l)
show('list.__imul__', lambda: l.__imul__(2))
show('list.__imul__ bad', lambda: l.__imul__('x'))
show('list.__lt__', lambda: [1, 2].__lt__([1, 3]))
show('list.__ge__', lambda: [1, 2].__ge__([1]))
show('list.__lt__ tuple', lambda: [1].__lt__((1,)))
show('tuple.__add__', lambda: (1,).__add__((2, 3)))
show('tuple.__add__ list', lambda: (1,).__add__([2]))
show('tuple.__mul__', lambda: (1,).__mul__(3))
show('tuple.__le__', lambda: (1, 2).__le__((1, 2)))
show('tuple.__getnewargs__', lambda: (1, 'a').__getnewargs__())
show('str.__add__', lambda: 'ab'.__add__('cd'))
show('str.__add__ int', lambda: 'ab'.__add__(1))
show('str.__mul__', lambda: str.__mul__('ab', 3))
show('str.__rmul__', lambda: 'ab'.__rmul__(2))
show('str.__mul__ str', lambda: 'ab'.__mul__('x'))
show('str.__rmod__', lambda: 'x'.__rmod__('<%s>'))
show('str.__rmod__ int', lambda: 'x'.__rmod__(3))
show('str.__lt__', lambda: 'a'.__lt__('b'))
show('str.__gt__ int', lambda: 'a'.__gt__(1))
show('str.__getnewargs__', lambda: 'ab'.__getnewargs__())
show('dict.__or__', lambda: dict.__or__({1: 2}, {3: 4}))
show('dict.__or__ list', lambda: {1: 2}.__or__([(3, 4)]))
show('dict.__ror__', lambda: {1: 2}.__ror__({1: 0, 5: 6}))
d = {1: 2}
show('dict.__ior__', lambda: (d.__ior__([(3, 4)]), d)[1])
show('dict.__ior__ is', lambda: d.__ior__({}) is d)
show('dict.__reversed__', lambda: list({1: 2, 3: 4, 5: 6}.__reversed__()))
show('reversed(dict)', lambda: list(reversed({'a': 1, 'b': 2})))
show('dict.__lt__', lambda: {}.__lt__({}))
s = {1, 2, 3}
show('set.__and__', lambda: sorted({1, 2, 3}.__and__({2, 3, 4})))
show('set.__or__ frozenset', lambda: sorted({1}.__or__(frozenset({2}))))
show('set.__sub__', lambda: sorted({1, 2}.__sub__({2})))
show('set.__rsub__', lambda: sorted({2}.__rsub__({1, 2})))
show('set.__xor__', lambda: sorted({1, 2}.__xor__({2, 3})))
show('set.__rxor__', lambda: sorted({1, 2}.__rxor__({2, 3})))
show('set.__rand__', lambda: sorted({1, 2}.__rand__({2, 3})))
show('set.__ror__', lambda: sorted({1}.__ror__({3})))
show('set.__or__ list', lambda: {1}.__or__([2]))
show('set.__iand__', lambda: (s.__iand__({2, 3, 9}) is s, sorted(s)))
show('set.__ior__', lambda: (s.__ior__({7}), sorted(s))[1])
show('set.__isub__', lambda: (s.__isub__({7}), sorted(s))[1])
show('set.__ixor__', lambda: (s.__ixor__({3, 4}), sorted(s))[1])
show('set.__iand__ list', lambda: s.__iand__([1]))
show('set.__lt__', lambda: {1}.__lt__({1, 2}))
show('set.__ge__', lambda: {1, 2}.__ge__(frozenset({1})))
show('set.__le__ list', lambda: {1}.__le__([1]))
show('frozenset.__and__', lambda: frozenset({1, 2}).__and__({2}))
show('frozenset.__rsub__', lambda: frozenset({2}).__rsub__(frozenset({1, 2})))
show('frozenset has __iand__', lambda: hasattr(frozenset, '__iand__'))
show('int.__add__ float', lambda: (1).__add__(2.0))
show('int.__radd__', lambda: int.__radd__(1, 2))
show('float.__getformat__', lambda: float.__getformat__('double'))
show('float.__getformat__ bad', lambda: float.__getformat__('long'))
show('float.__getformat__ int', lambda: float.__getformat__(1))
c = complex(1, 2)
show('complex.__complex__', lambda: (c.__complex__(), c.__complex__() is c))
show('bytearray.__alloc__ empty', lambda: bytearray().__alloc__())
show('object.__lt__', lambda: object().__lt__(object()))
show('object.__ge__', lambda: object.__ge__(1, 2))
show('object.__subclasshook__', lambda: object.__subclasshook__())
show('int.__subclasshook__', lambda: int.__subclasshook__(float))
show('object.__sizeof__ int', lambda: type(object().__sizeof__()).__name__)
show('object < object', lambda: object() < object())
show('list.__add__ on int', lambda: list.__add__(1, [2]))
show('set.__and__ on list', lambda: set.__and__([1], {1}))

class L(list):
    pass

x = L([1])
show('sub list.__add__', lambda: list.__add__(x, [2]))
show('sub list.__iadd__', lambda: (list.__iadd__(x, [3]) is x, x))
show('sub +=', lambda: type(x.__iadd__([4])).__name__)
show('sub <', lambda: (L([1]) < [2], [0] < L([1])))

class S(set):
    pass

show('sub set.__or__', lambda: sorted(set.__or__(S({1}), {2})))

class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v

show('user <', lambda: Ordered(1) < Ordered(2))
show('user >', lambda: Ordered(3) > Ordered(2))
show('user <=', lambda: Ordered(1) <= Ordered(2))
show('sorted user', lambda: [o.v for o in sorted([Ordered(3), Ordered(1), Ordered(2)])])
show('object lookups differ', lambda: Ordered.__lt__ is not object.__lt__ and Ordered.__gt__ is object.__gt__)

# slot wrappers and method-wrappers are named as CPython names them
for f in (list.__add__, list.append, object.__lt__, dict.__getitem__, list.__getitem__, tuple.__getitem__,
          set.__contains__, int.__radd__, str.__mul__, dict.__or__, object.__init__, object.__reduce_ex__):
    print(repr(f), type(f).__name__)
for f in ([].__add__, [].append, L().__iadd__, L().append, (1).__add__):
    print(repr(f).split(' at ')[0], type(f).__name__)
show('dict.__getitem__ on list', lambda: dict.__getitem__([], 1))
show('list.append on tuple', lambda: list.append((), 1))
show('object.__lt__ on nothing', lambda: object.__lt__())

class D(dict):
    def update(self, *a):
        print('D.update called')

dd = D()
show('dict.__ior__ own update', lambda: (dict.__ior__(dd, {1: 2}) is dd, dict(dd)))
