# pow(a, b, m): CPython's ternary dispatch. A class overriding __pow__ gets all three arguments
# (three-argument power never uses __rpow__); int computes only when all three are ints; float
# and complex refuse a modulus with their own errors.
class I(int):
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)

print(pow(I(2), 3, 5))
print(pow(I(2), 3))
print(I(2) ** 3)
print(2 ** I(3))
print(pow(2, I(3)))
print(pow(2, I(3), 5))
print(pow(2, 3, I(5)))
print(int.__pow__(2, 3, 5), (2).__pow__(3, 5), int.__rpow__(3, 2, 5), int.__pow__(2, 3, None))
print((2).__pow__(3, 1.5), (2).__pow__("x", 3))
try:
    (2.0).__pow__("x", 5)
except TypeError as e:
    print("TypeError", e)

class F(float):
    pass

class J(int):
    pass

cases = [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (1j, 2, 3), (2, 1j, 3), (F(2), 3, 5),
         (J(2), J(10), J(7)), (True, 3, 2), (2, -1, 5), (2, 3, 0), (2, -1, 4), (-3, 5, -7),
         (2 ** 100, 3, 10 ** 20 + 7), ("a", "b", "c"), ("a", 2, 3), (2, 3, "m"), (2, 3, None),
         ([], 1, 2), (2.5, "x", 3)]
for args in cases:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class P:
    def __pow__(self, o, m=None):
        return ("P", o, m)
    def __rpow__(self, o, m=None):
        return ("rP", o, m)

class NI:
    def __pow__(self, o, m=None):
        return NotImplemented

print(pow(P(), 2, 3), pow(P(), 2), pow(2, P()))
for args in [(2, P(), 3), (2, 3, P()), (NI(), 2, 3), (NI(), P(), 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError", e)
print(pow(base=2, exp=10, mod=1000))
try:
    pow(2, 3, 4, 5)
except TypeError as e:
    print("TypeError", e)
