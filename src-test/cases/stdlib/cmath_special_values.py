# cmath on non-finite and signed-zero arguments: C99 Annex G results, exact reprs, and which
# ones raise (ValueError "math domain error", OverflowError "math range error").
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return "%s(%s)" % (type(e).__name__, e)
    if isinstance(r, complex):
        # finite parts rounded: the last bits come from the platform's libm; specials are exact
        return "(%s, %s)" % tuple(repr(p) if p != p or p in (inf, -inf) or p == 0 else "%.10g" % p
                                  for p in (r.real, r.imag))
    return repr(r)


for name in names:
    f = getattr(cmath, name)
    for x in parts:
        for y in parts:
            if x in (-2.5, 2.5) and y in (-2.5, 2.5):
                continue
            print(name, x, y, show(f, complex(x, y)))

for r in parts:
    for phi in parts:
        print("rect", r, phi, show(cmath.rect, r, phi))

for x in parts:
    for y in parts:
        z = complex(x, y)
        print("class", x, y, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z), show(cmath.phase, z),
              show(cmath.polar, z))
