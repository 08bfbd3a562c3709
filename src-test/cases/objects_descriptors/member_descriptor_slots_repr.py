# Slot member descriptors support __get__/__set__/__delete__ directly.
class P:
    __slots__ = ("a", "b")
p = P()
P.a.__set__(p, 5)
print(P.a.__get__(p, P), p.a, P.a.__get__(None, P) is P.a)
P.a.__delete__(p)
try:
    p.a
except AttributeError as e:
    print(e)
print(repr(P.a)[:24], P.b.__objclass__.__name__)
try:
    P.a.__set__(object(), 1)
except TypeError as e:
    print(e)
