# cmath's values on ordinary arguments (rounded: libm's last bits differ between platforms),
# its constants, large and tiny arguments, and argument kinds.
import cmath
import math


def fmt(z):
    if isinstance(z, complex):
        return "(%.11g, %.11g)" % (z.real, z.imag)
    return "%.11g" % z


points = [1 + 1j, -2 + 0.5j, 0.3 - 0.7j, 3j, -4.5, 0.25, 1e-10 + 1e-10j, 12 - 30j]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
             "log10", "sin", "sinh", "sqrt", "tan", "tanh"]:
    f = getattr(cmath, name)
    print(name, " ".join(fmt(f(z)) for z in points))

print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == 2 * math.pi, cmath.inf, cmath.nan)
print(repr(cmath.infj), repr(cmath.nanj), type(cmath.infj).__name__, type(cmath.nan).__name__)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))

# large and tiny arguments: rescaled, no spurious overflow or underflow
for z in [1e308 + 1e308j, -1e308 - 1e308j, 1e-310 + 1e-310j, 5e-324j, 1.7e308, -1e300j]:
    print("big/tiny", repr(z), fmt(cmath.sqrt(z)), fmt(cmath.log(z)), fmt(cmath.acos(z)),
          fmt(cmath.asinh(z)), fmt(cmath.atanh(z)))
print(fmt(cmath.exp(709.5)), fmt(cmath.cosh(710 + 0.5j)), fmt(cmath.sinh(-710 + 0.5j)), cmath.tanh(800 + 1j).real)
for f, z in [(cmath.exp, 710 + 1j), (cmath.cosh, 711), (cmath.sinh, -711 + 2j), (cmath.exp, complex(1e308, 1))]:
    try:
        print(f(z))
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)

# log with a base
print(fmt(cmath.log(8, 2)), fmt(cmath.log(1j, 1j)), fmt(cmath.log(-100, 10)), fmt(cmath.log(10 ** 400 // 10 ** 300, 10)))
print(cmath.log(0, 2), cmath.log(2, 2))
for args in [(2, 1), (0,), (0j, 0), (2, 0), (1, 1)]:
    try:
        print(cmath.log(*args))
    except ValueError as e:
        print("log", args, "ValueError", e)

# polar and rect
print(cmath.polar(3 + 4j), cmath.polar(-1), cmath.polar(complex(-1, -0.0)), fmt(cmath.rect(2, math.pi / 3)[0] if False else cmath.rect(2, math.pi / 3)))
print(cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.rect(0, 2), cmath.rect(3, 0.0))
print(cmath.polar(1e308 + 1e308j))
for z in [1.7976931348623157e308 + 1.7976931348623157e308j]:
    try:
        print(cmath.polar(z))
    except OverflowError as e:
        print("polar OverflowError", e)
try:
    cmath.phase(complex(1e308, 1e-20))
except OverflowError as e:
    print("phase underflow OverflowError", e)
print(cmath.phase(complex(1e10, 1e-300)))

# isclose
print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.1),
      cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-12j, abs_tol=1e-11),
      cmath.isclose(complex("inf"), complex("inf")), cmath.isclose(complex("inf"), complex("-inf")),
      cmath.isclose(complex(0, float("nan")), complex(0, float("nan"))), cmath.isclose(a=2, b=2.0),
      cmath.isclose(1e308j, -1e308j, rel_tol=1.0))


# argument kinds
class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 16


class Sub(complex):
    pass


class FSub(float):
    pass


print(fmt(cmath.sqrt(C())), fmt(cmath.sqrt(F())), fmt(cmath.sqrt(I())), fmt(cmath.sqrt(Sub(-4))),
      fmt(cmath.sqrt(FSub(9))), cmath.sqrt(True), fmt(cmath.log(10 ** 300)), fmt(cmath.exp(-(2 ** 70))))
print(cmath.isnan(C()), cmath.isinf(I()), cmath.isfinite(F()), fmt(cmath.rect(I(), F())), fmt(cmath.phase(C())))
