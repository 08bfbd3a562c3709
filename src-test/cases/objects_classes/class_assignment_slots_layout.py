# __class__ assignment between classes with __slots__: the most derived slot-adding classes may
# differ when they add the same names (in any order) over the same base; dict and weakref
# support must agree; CPython's messages otherwise.
class G(object): __slots__ = ["a", "b"]
class H(object): __slots__ = ["b", "a"]
class I(object): __slots__ = ["a", "b"]
class J(object): __slots__ = ["c", "b"]
class K(object): __slots__ = ["a", "b", "d"]
class L(H): __slots__ = ["e"]
class M(I): __slots__ = ["e"]
class L2(H): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]
class Int(int): __slots__ = []
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q), (L, L2)):
    x = cls()
    x.a = 1
    x.__class__ = cls2
    print(type(x).__name__, x.a, end="; ")
    x.__class__ = cls
    print(type(x).__name__)
for cls in G, J, K, L, M, N, P, R, list, Int:
    for cls2 in G, J, K, L, M, N, P, R, list, Int:
        if cls is cls2:
            continue
        try:
            cls().__class__ = cls2
            print("allowed", cls.__name__, cls2.__name__)
        except TypeError as e:
            print(cls.__name__, cls2.__name__, e)
