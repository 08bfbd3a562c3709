# Subclasses of complex and float: __new__, operator overrides, inherited reflected operators.
class C(complex):
    def __add__(self, o):
        return "added"
    def __abs__(self):
        return -1

c = C(1, 2)
print(c, repr(c), c + 1, 1 + c, 1.5 + c, abs(c), c.real, c.imag)
print(c * 2, type(c * 2).__name__, 2 * c, type(2 * c).__name__, c == complex(1, 2), -c, c.conjugate())
print(isinstance(c, complex), complex(c), type(complex(c)).__name__, hash(c) == hash(1 + 2j))

class C2(complex):
    def __new__(cls, r):
        return super().__new__(cls, r, r)

print(C2(3), type(C2(3)).__name__, C2(3) - 1j)

class F(float):
    def __new__(cls, v, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
    def __str__(self):
        return f"{float(self)}{self.unit}"
    def __round__(self, n=None):
        return "rounded"

f = F(2.5, "cm")
print(f, repr(f), f + 1, 1 + f, f * 2, round(f), int(f), f > 2, f.is_integer())
print(F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
print(f"{f:.2f}", "%s" % f, "%.1f" % f, max(f, 1.0), type(max(f, 1.0)).__name__)
print(float(f), type(float(f)).__name__, f.unit, f.__class__.__name__)

class G(float):
    def __radd__(self, o):
        return "radd"

print(1 + G(2), 1.0 + G(2), G(2) + 1)
