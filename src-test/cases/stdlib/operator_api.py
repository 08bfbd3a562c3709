# operator on our _operator (itemgetter, attrgetter, methodcaller, countOf, indexOf, length_hint, index, _compare_digest) and operator.py's own functions
import operator as o, _operator
print(o.itemgetter is _operator.itemgetter, o.countOf is _operator.countOf)
for f in [lambda: o.itemgetter(), lambda: o.itemgetter(1)(), lambda: o.itemgetter(1)([1],[2]), lambda: o.attrgetter(1), lambda: o.attrgetter(), lambda: o.methodcaller(), lambda: o.methodcaller(1), lambda: o.methodcaller('x')(), lambda: o.indexOf([1], 2), lambda: o.concat(1, 2), lambda: o.iconcat(1, 2),
  lambda: _operator._compare_digest(1, 2), lambda: _operator._compare_digest('é', 'é'), lambda: _operator._compare_digest(b'a', 'a'), lambda: _operator._compare_digest('a','a'), lambda: _operator._compare_digest(b'a',bytearray(b'b')),
  lambda: o.length_hint(1, 'a'), lambda: o.length_hint(type('H', (), {'__length_hint__': lambda self: 2})()), lambda: o.length_hint(type('H', (), {'__length_hint__': lambda self: NotImplemented})(), 4), lambda: o.length_hint(type('H', (), {'__length_hint__': lambda self: -1})()), lambda: o.length_hint(5, 7), lambda: o.length_hint([1,2,3]), lambda: o.countOf([1,1,2], 1), lambda: o.index(1.5), lambda: o.call(len, [1]), lambda: o.attrgetter('a..b'), lambda: o.itemgetter(1, k=2), lambda: o.attrgetter('a', k=1),
  lambda: repr(o.itemgetter(1)), lambda: repr(o.itemgetter(1, 'a')), lambda: repr(o.attrgetter('a.b', 'c')), lambda: repr(o.methodcaller('f', 1, k=2)), lambda: o.methodcaller('f', 1, k=2).__reduce__()[1], lambda: o.itemgetter(1,2).__reduce__(), lambda: o.attrgetter('a.b').__reduce__(), lambda: o.methodcaller('f', 1).__reduce__(),
  lambda: o.not_(0), lambda: o.truth([]), lambda: o.is_(1, 1), lambda: o.is_not(1, 2), lambda: o.contains([1], 1), lambda: o.inv(5), lambda: o.pow(2, 10), lambda: o.and_(12, 10), lambda: o.or_(12, 3), lambda: o.xor(5, 1), lambda: o.matmul(1, 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
import math
print([f(7, 2) for f in (o.add, o.sub, o.mul, o.truediv, o.floordiv, o.mod, o.pow, o.lshift, o.rshift, o.lt, o.le, o.eq, o.ne, o.gt, o.ge)])
l = [1]; print(o.iadd(l, [2]) is l, l, o.iconcat(l, [3]), o.imul([1], 2), o.ior({1}, {2}), o.ipow(2, 3), o.itruediv(1, 4), o.neg(3), o.pos(-3), o.abs(-3))
d = {}; o.setitem(d, 'k', 1); print(o.getitem(d, 'k')); o.delitem(d, 'k'); print(d)
class P:
    def __init__(self): self.x = type('Q', (), {'y': 5})()
    def m(self, a, b=0): return a + b
print(o.attrgetter('x.y')(P()), o.attrgetter('x', 'x.y')(P())[1], o.methodcaller('m', 1, b=2)(P()), o.itemgetter(0, -1)('abc'), o.itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=o.itemgetter(1)))
