# Branch cuts: the sign of a zero imaginary (or real) part picks the side of the cut.
import cmath


def fmt(z):
    return "(%.12g, %.12g)" % (z.real, z.imag)


for name in ["sqrt", "log", "log10", "acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    for x in [-3.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 3.0]:
        for y in [0.0, -0.0]:
            try:
                print(name, x, y, fmt(f(complex(x, y))))
            except ValueError as e:
                print(name, x, y, "ValueError", e)
    for x in [-3.0, -1.0, 0.0, 1.0, 3.0]:
        for y in [0.0, -0.0]:
            try:
                print(name, "imag axis", y, x, fmt(f(complex(y, x))))
            except ValueError as e:
                print(name, "imag axis", y, x, "ValueError", e)

# exact results that hold on any platform
print(cmath.sqrt(-4), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(0j), cmath.sqrt(complex(-0.0, -0.0)))
print(cmath.sqrt(complex(-1e-320, 0.0)), cmath.sqrt(complex(1e-320, 1e-320)) != 0)
print(cmath.log(1), cmath.log(complex(1, -0.0)), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
print(cmath.phase(complex(-0.0, 0.0)), cmath.phase(complex(-0.0, -0.0)), cmath.phase(0j))
print(fmt(cmath.atanh(complex(1.0, 1e-200))), fmt(cmath.atanh(complex(1.0, -1e-200))))
print(cmath.asinh(complex(0.0, -0.0)), cmath.acosh(complex(1.0, -0.0)), cmath.atan(complex(-0.0, 0.0)))
