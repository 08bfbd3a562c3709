def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
out = []
for i in range(5):
    out.append(f(i, d=i))
    out.append(f(b=1, a=i, d=0))
    out.append(f(i, 9, c=8, d=7))
print(out)
class P:
    def m(self, x, y=1, *, z=2):
        return x + y + z
p = P()
print([p.m(i, z=10) for i in range(5)], [p.m(x=1, y=2) for _ in range(3)])
try:
    for i in range(4):
        f(1, d=2, b=3) if i < 3 else f(1, a=2, d=3)
except TypeError as e:
    print(e)
def g(a):
    return a
print([g(a=i) for i in range(4)])
g.__defaults__ = None
def h(a, b=5):
    return a + b
r = []
for i in range(6):
    if i == 3:
        h.__defaults__ = (100,)
    r.append(h(a=i))
print(r)
