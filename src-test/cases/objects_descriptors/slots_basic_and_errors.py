class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
p.y = 2
print(p.x + p.y, type(P.x).__name__)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError", e)

class Q(P):
    pass
q = Q(5)
q.extra = 1
print(q.extra, q.__dict__)

class R:
    __slots__ = ("a", "__dict__")
r = R()
r.a = 1
r.b = 2
print(r.a, r.__dict__)

for bad in [(1,), ("a b",), ("x",)]:
    try:
        type("D", (), {"__slots__": bad, "x": 1})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    type("I", (int,), {"__slots__": ("a",)})
except TypeError as e:
    print(e)
