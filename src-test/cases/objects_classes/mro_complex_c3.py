class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([c.__name__ for c in A.__mro__])
print([c.__name__ for c in B.__mro__])
print(A.__bases__ == (B, C), A.__base__.__name__)
