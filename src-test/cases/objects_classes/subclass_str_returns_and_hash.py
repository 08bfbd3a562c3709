# Subclass instances of immutable built-ins hash and compare like their values; results of the
# built-in's methods are exact built-ins.
class FS(frozenset):
    pass
class T(tuple):
    pass
class S(str):
    pass
class B(bytes):
    pass
class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass

for cls, v in ((FS, frozenset({1, 2})), (T, (1, 2)), (S, "ab"), (B, b"ab"), (I, 7), (F, 1.5), (C, 1 + 1j)):
    o = cls(v)
    print(cls.__name__, hash(o) == hash(v), o == v, {v: "found"}[o], type(o).__name__)
print(type(FS({1}) | {2}).__name__, type(T((1,)) + (2,)).__name__, type(S("a") + "b").__name__)
print(type(I(3) + 1).__name__, type(F(1.0) * 2).__name__, type(C(1) + 1).__name__, type(-I(3)).__name__)
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__, type(B.fromhex("41")).__name__)
class BA(bytearray):
    pass
print(type(BA.fromhex("4142")).__name__, BA.fromhex("4142"))
print("%.2f %e %g" % (F(2.5), F(1.0), I(3)))
class WithFloat:
    def __float__(self):
        return 0.5
print("%.1f" % WithFloat())
try:
    "%f" % "x"
except TypeError as e:
    print("TypeError:", e)
