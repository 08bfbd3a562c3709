# math: constants, elementary functions, rounding, integer functions, exact sums; CPython's
# results to the last digit.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan)
for f in (math.sqrt, math.exp, math.log, math.log2, math.log10, math.log1p, math.expm1,
          math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh,
          math.exp2, math.degrees, math.radians, math.fabs):
    print(f.__name__, f(2), f(0.5))
print(math.asin(0.5), math.acos(0.5), math.acosh(2), math.atanh(0.5), math.atan2(1, -1))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log2(2**100), math.log10(10**50))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-8, 3), math.pow(0, 0), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-7.9), math.floor(10**20))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(3.25), math.modf(-3.25))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.isqrt(10), math.isqrt(10**40), math.comb(10, 3), math.comb(50, 25), math.perm(5, 2), math.perm(5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([2], start=5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.dist((0, 0), (3, 4)), math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0))
print(math.cbrt(8), math.cbrt(-27), math.cbrt(2), math.cbrt(0.5), math.cbrt(1e-310), math.cbrt(-1e300), math.sqrt(True), math.floor(True), math.exp(-1000), math.atan(math.inf))
