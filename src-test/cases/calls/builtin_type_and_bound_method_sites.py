# Calls of built-in types (str(x), range(n), type(x), super(C, o), type(name, bases, ns) with a
# metaclass) and of bound methods (f = o.m; f(x)) link directly once hot; results and errors
# stay CPython's.
class A:
    def __init__(self, x): self.x = x
    def m(self, y): return self.x + y
    @classmethod
    def c(cls, v): return (cls.__name__, v)
class B(A):
    def __init__(self, x):
        super().__init__(x * 2)
    def m(self, y): return super().m(y) * 10
class Meta(type):
    def __init__(cls, *a): super().__init__(*a); cls.tag = "meta"
class Base(metaclass=Meta): pass
out = []
for i in range(300):
    out.append(str(i)); out.append(int("7")); out.append(len(list(range(i % 5))))
    out.append(type(i)); s = set([i % 3]); out.append(frozenset(s)); out.append(tuple("ab"))
    b = B(i); f = b.m; out.append(f(1)); g = A.c; out.append(g(i))
    ap = out.append; ap(dict(a=1) if i % 2 else dict([(1, 2)]))
    T = type("T%d" % (i % 3), (Base,), {}); out.append((T.__name__, T.tag, type(T).__name__))
    out.append(super(B, b).m(5)); out.append(bool(i % 2)); out.append(float("1.5") + i)
    up = "x".upper; out.append(up()); out.append(object().__class__.__name__)
print(len(out), out[:20], out[-20:])
try: range()
except TypeError as e: print(e)
try: int("x")
except ValueError as e: print(e)
for i in range(300):
    try: list(1, 2)
    except TypeError as e: msg = str(e)
print(msg)
class L(list): pass
bm = [1].append
for i in range(300):
    try: bm(1, 2)
    except TypeError as e: msg = str(e)
print(msg)
for o in [[1], L([2]), [3]] * 100:
    a = o.append; a(9)
print(o, type(o))
for i in range(300):
    try: super(int, "x")
    except TypeError as e: msg = str(e)
print(msg)
