# cmath's errors and their messages: argument kinds and counts, keywords, domain and range.
import cmath


class BadComplex:
    def __complex__(self):
        return 1.5


class Raises:
    def __complex__(self):
        raise KeyError("inside __complex__")


class NoNumber:
    pass


def attempt(text):
    try:
        r = eval(text)
    except Exception as e:
        print(text, "->", type(e).__name__, e)
    else:
        print(text, "->", r if not isinstance(r, complex) else "complex")


for text in [
    "cmath.sqrt('a')", "cmath.sqrt(None)", "cmath.sqrt(NoNumber())", "cmath.sqrt(BadComplex())",
    "cmath.sqrt(Raises())", "cmath.sqrt(10 ** 400)", "cmath.exp([])", "cmath.sqrt()",
    "cmath.sqrt(1, 2)", "cmath.sqrt(z=1)", "cmath.phase()", "cmath.polar(1, 2)", "cmath.isnan(b'x')",
    "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(1, base=2)", "cmath.log(1, 'a')",
    "cmath.log('a', 2)", "cmath.rect(1)", "cmath.rect(1, 2, 3)", "cmath.rect(r=1, phi=2)",
    "cmath.rect(1j, 2)", "cmath.rect('a', 1)", "cmath.rect(1, 10 ** 400)", "cmath.isclose()",
    "cmath.isclose(1)", "cmath.isclose(1, 2, 3)", "cmath.isclose(1, 2, x=3)", "cmath.isclose(1, a=2)",
    "cmath.isclose(1, 1, rel_tol=-1)", "cmath.isclose(1, 1, abs_tol=-0.5)",
    "cmath.isclose(1, 1, abs_tol=1j)", "cmath.isclose(1, b=1, rel_tol=None)", "cmath.isclose(1, 'a')",
    "cmath.isclose(a=1, b=1)",
    "cmath.log(0)", "cmath.log(0j)", "cmath.log10(0)", "cmath.log(1, 1)", "cmath.log(2, 0)",
    "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.atan(1j)", "cmath.atan(-1j)",
    "cmath.sqrt(complex(1, float('inf')))", "cmath.exp(complex(1, float('inf')))",
    "cmath.exp(complex(float('-inf'), float('inf')))", "cmath.exp(complex(float('nan'), float('inf')))",
    "cmath.cosh(complex(1, float('inf')))", "cmath.sin(complex(float('inf'), 1))",
    "cmath.tan(complex(float('inf'), 1))", "cmath.tanh(complex(1, float('inf')))",
    "cmath.rect(2, float('inf'))", "cmath.rect(0, float('inf'))", "cmath.rect(float('nan'), float('inf'))",
    "cmath.exp(1000)", "cmath.exp(complex(710, 1))", "cmath.cosh(1000)", "cmath.sinh(complex(-800, 1))",
    "cmath.cos(1000j)", "cmath.sin(complex(1, 800))", "cmath.rect(1e308, 0.5) == 0",
    "cmath.polar(complex(1.7e308, 1.7e308))",
]:
    attempt(text)
