# time (deterministic parts) and math used by programs: struct_time, strftime/strptime on fixed times, gmtime round-trips; math integer/float helpers and errors
import time, math
t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, t[0:3], time.strftime('%Y-%m-%d %H:%M:%S %a %b %j', t), time.asctime(t), time.mktime(time.localtime(1000)) == 1000)
p = time.strptime('2023-03-15 08:09:10', '%Y-%m-%d %H:%M:%S'); print(p, tuple(p)[:6], time.strftime('%d/%m/%y', p))
print(time.gmtime(0)[:], isinstance(time.time(), float), time.monotonic() <= time.monotonic(), time.perf_counter_ns() > 0, type(time.time_ns()).__name__)
start = time.perf_counter(); time.sleep(0.01); print(time.perf_counter() - start >= 0.009)
for call in (lambda: time.strptime('nope', '%Y'), lambda: time.sleep(-1), lambda: time.strftime('%Y', (1,)), lambda: time.gmtime('x')):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.prod([1, 2, 3, 4], start=2))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)), math.copysign(2, -0.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isnan(math.nan), math.isinf(-math.inf), math.pi, math.e, math.tau, math.inf)
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.exp(0), math.expm1(0), math.sqrt(2), math.pow(2, 0.5), math.cbrt(27) if hasattr(math, 'cbrt') else 3.0)
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 6), 12), math.atan2(1, 1), math.cos(0), math.tan(0), math.asin(1), math.acos(1))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.nextafter(1, 2) > 1, math.ulp(1.0), math.fabs(-3))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.erf(0), math.erfc(0), math.floor(10**20 + 0.5))
for call in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.acos(2),
             lambda: math.comb(3, -1), lambda: math.isqrt(-1), lambda: math.floor('x'), lambda: math.pow(0, -1), lambda: math.gcd(1.5), lambda: math.fsum([math.inf, -math.inf])):
    try:
        print(call())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
