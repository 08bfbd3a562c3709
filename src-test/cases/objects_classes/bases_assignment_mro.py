# C.__bases__ = (...) recomputes the MRO of the class and its subclasses (a metaclass's mro()
# included); linked call/attribute/operator sites see the change; CPython's errors, and a failed
# assignment leaves every class as it was.
class A:
    x = "A.x"
    def f(self): return "A.f"
    def __repr__(self): return "<A-ish>"
    def __add__(self, o): return "A+"
class B:
    x = "B.x"
    def f(self): return "B.f"
    def __add__(self, o): return "B+"
class C(A): pass
class D(C):
    def g(self): return super().f()
d = D()
def probe():
    return d.f(), d.x, D.x, d.g(), d + 1, isinstance(d, A), isinstance(d, B), issubclass(D, B), repr(d)[:8]
for i in range(3): print(probe())
C.__bases__ = (B,)
print(C.__mro__, D.__mro__)
for i in range(3): print(probe())
print(A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(D.__mro__, probe())
C.__bases__ = (B, A)
print(D.__mro__, probe())
# errors keep the old state
for bad in [(C,), (D,), (B, B), (int,), (A, 1), [A], (), None]:
    try:
        if bad is None:
            del C.__bases__
        else:
            C.__bases__ = bad
    except TypeError as e:
        print("TypeError", e)
print(C.__bases__, D.__mro__)
class X(A, B): pass
class Y(B, A): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError", e)
class E(A): pass
class F(E, B): pass
try:
    E.__bases__ = (B, A)   # F(E, B) now inconsistent
except TypeError as e:
    print("TypeError", e)
print(E.__bases__, F.__mro__)
class L(list): pass
class M(list): pass
class N(L): pass
N.__bases__ = (M,)
print(N.__mro__, N([1, 2]))
try:
    N.__bases__ = (dict,)
except TypeError as e:
    print("TypeError", e)
try:
    N.__bases__ = (A,)
except TypeError as e:
    print("TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class S3(S1): pass
try:
    S3.__bases__ = (S2,)
except TypeError as e:
    print("TypeError", e)
try:
    object.__bases__ = (A,)
except TypeError as e:
    print("TypeError", e)
try:
    A.__bases__ = (bool,)
except TypeError as e:
    print("TypeError", e)

# a metaclass overriding mro()
class Meta(type):
    calls = 0
    def mro(cls):
        Meta.calls += 1
        m = super().mro()
        if cls.__name__ == "R":
            return [cls, B, object]
        return m
class R(A, metaclass=Meta): pass
print(R.__mro__, R().f(), Meta.calls, R.mro())
R.__bases__ = (C,)
print(R.__mro__, Meta.calls)
class BadMeta(type):
    def mro(cls):
        return [cls, 1]
try:
    class Q(metaclass=BadMeta): pass
except TypeError as e:
    print("TypeError", e)
class BadMeta2(type):
    def mro(cls):
        return [cls, int, object]
try:
    class Q2(metaclass=BadMeta2): pass
except TypeError as e:
    print("TypeError", e)
class Flip(type):
    flip = False
    def mro(cls):
        if Flip.flip:
            raise ValueError("no mro")
        return super().mro()
class P(A, metaclass=Flip): pass
class P2(P): pass
Flip.flip = True
try:
    P.__bases__ = (B,)
except ValueError as e:
    print("ValueError", e)
print(P.__bases__, P.__mro__, P2.__mro__, P2().f())
print(type.mro(D), D.mro())

# while a metaclass's mro() computes a new class's first MRO, __mro__ is None, the class cannot
# be subclassed, and a __bases__ assignment from inside mro() wins over the outer one
class Probe(type):
    def mro(cls):
        print("mro of", cls.__name__, "sees", cls.__mro__)
        if cls.__name__ == "U":
            try:
                class V(cls): pass
            except TypeError as e:
                print("TypeError", e)
        return type.mro(cls)
class U(metaclass=Probe): pass
print(U.__mro__)
class E(Exception): pass
class Reent(type):
    ready = False
    def mro(cls):
        if Reent.ready and cls.__name__ == "W":
            if W.__bases__ == (W2,):
                Reent.ready = False
            else:
                W.__bases__ = (W2,)
                raise E("from mro")
        return type.mro(cls)
class W0(metaclass=Reent): pass
class W1(W0): pass
class W2(W0): pass
class W(W0): pass
Reent.ready = True
try:
    W.__bases__ = (W1,)
except E as e:
    print("E", e)
print(W.__bases__, W.__mro__ == tuple(type.mro(W)))
