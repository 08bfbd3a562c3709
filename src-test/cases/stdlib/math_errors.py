# math's errors: domain and range errors, conversion errors, integer-only arguments.
import math

def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("sqrt(-1)", math.sqrt, -1)
attempt("log(0)", math.log, 0)
attempt("log(-1.5)", math.log, -1.5)
attempt("log(8, 1)", math.log, 8, 1)
attempt("log(-(2**2000))", math.log, -(2**2000))
attempt("exp(1000)", math.exp, 1000)
attempt("pow(0, -1)", math.pow, 0, -1)
attempt("pow(-8, 1/3)", math.pow, -8, 1/3)
attempt("pow(10, 400)", math.pow, 10, 400)
attempt("acos(2)", math.acos, 2)
attempt("atanh(1)", math.atanh, 1)
attempt("sin(inf)", math.sin, math.inf)
attempt("fmod(1, 0)", math.fmod, 1, 0)
attempt("floor(inf)", math.floor, math.inf)
attempt("ceil(nan)", math.ceil, math.nan)
attempt("factorial(-1)", math.factorial, -1)
attempt("factorial(2.0)", math.factorial, 2.0)
attempt("isqrt(-1)", math.isqrt, -1)
attempt("comb(-1, 2)", math.comb, -1, 2)
attempt("comb(5, -2)", math.comb, 5, -2)
attempt("gcd(1.5, 2)", math.gcd, 1.5, 2)
attempt("sqrt('x')", math.sqrt, "x")
attempt("sqrt(2**2000)", math.sqrt, 2**2000)
attempt("ldexp(1.0, 5000)", math.ldexp, 1.0, 5000)
attempt("fsum([inf, -inf])", math.fsum, [math.inf, -math.inf])
attempt("isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1))
attempt("dist((1,), (1, 2))", math.dist, (1,), (1, 2))
