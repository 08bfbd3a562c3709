# super().m(...) sites link to the function found after __thisclass__; redefining or deleting
# the method on a class of the MRO takes effect at once (the sites are hot by then).
class A:
    def __init__(self, x): self.x = x
    def m(self, y, z=1): return ("A.m", self.x, y, z)
    def __repr__(self): return "A"
class B(A):
    def __init__(self, x): super().__init__(x + 1)
    def m(self, y, z=2): return ("B",) + super().m(y, z=z) + super().m(y)
class C(A):
    def m(self, y, z=3): return ("C",) + super().m(y)
class D(B, C):
    def m(self, y, z=4): return ("D",) + super().m(y)
class E:
    def __init__(self): super().__init__(); self.v = super().__repr__()[:3]
    def __setattr__(self, n, v): super().__setattr__(n, v * 2 if isinstance(v, int) else v)
r = []
for i in range(400):
    r.append(D(i).m(i)); r.append(B(i).m(1)); e = E(); e.k = i; r.append((e.v, e.k))
    if i == 200:
        def newm(self, y, z=0): return ("A.new", y)
        A.m = newm
    if i == 300:
        A.m = lambda self, y, z=0: ("A.lambda", y, z)
        C.m = lambda self, y, z=9: ("C.lambda", y)
print(r[0], r[1], r[2]); print(r[-3], r[-2], r[-1]); print(r[603], r[604])
del A.m
try:
    for i in range(400):
        B(i).m(1)
except AttributeError as ex: print("AttributeError", ex)
class F(list):
    def append(self, x): super().append(x * 2)
f = F()
for i in range(300): f.append(i)
print(sum(f), len(f))
class G:
    @classmethod
    def make(cls): return cls.__name__
class H(G):
    @classmethod
    def make(cls): return "H:" + super().make()
    def inst(self): return super().make()
print([H.make() for _ in range(300)][-1], [H().inst() for _ in range(300)][-1])
class S:
    def __init__(self, *a): super().__init__(*a)
try:
    for i in range(300): S(1)
except TypeError as e: print(e)
