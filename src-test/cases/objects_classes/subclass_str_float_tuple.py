class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __len__(self):
        return 99

n = Name("bob")
print(n, n.shout(), len(n), str.__len__(n), n + "by", n == "bob", type(n).__name__)
print(n.startswith("b"), "o" in n, n[1], repr(n))

class Meters(float):
    def __str__(self):
        return "%sm" % float.__repr__(self)
m = Meters(2.5)
print(m, m * 2, m > 2, float(m), round(m))

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % tuple.__getitem__(self, slice(None))
p = Point(1, 2)
print(p, p.x, len(p), p[1], p + (3,), isinstance(p, tuple))
a, b = p
print(a, b)
