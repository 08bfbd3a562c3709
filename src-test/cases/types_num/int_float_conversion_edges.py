# int()/operator.index() over __int__/__index__/__trunc__ returning int subclasses (3.11's
# DeprecationWarnings, exact int results), the sign of float('-nan'), a float subclass's NaN
# hash, and int / int rounded once (near overflow, halfway cases, subnormal results).
import math
import operator
import warnings


class BadIndex:
    def __index__(self):
        return True


class BadIndex2(int):
    def __index__(self):
        return True


class BadInt:
    def __int__(self):
        return True


class BadInt2(int):
    def __int__(self):
        return True


class GoodIndex:
    def __index__(self):
        return 7


class TruncReturnsBadIndex:
    def __trunc__(self):
        return BadIndex()


class TruncReturnsBadInt:
    def __trunc__(self):
        return BadInt()


class TruncReturnsIntSubclass:
    def __trunc__(self):
        return True


class TruncReturnsStr:
    def __trunc__(self):
        return "5"


class IntSubclass(int):
    pass


def run(label, f, arg):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            n = f(arg)
            print(label, type(arg).__name__, n, type(n).__name__)
        except TypeError as e:
            print(label, type(arg).__name__, "TypeError", e)
    for x in w:
        print("   ", x.category.__name__, x.message)


for o in [BadIndex(), BadIndex2(), BadInt(), BadInt2(), GoodIndex(), TruncReturnsBadIndex(),
          TruncReturnsBadInt(), TruncReturnsIntSubclass(), TruncReturnsStr(), IntSubclass(4)]:
    run("int", int, o)
for o in [BadIndex(), BadIndex2(), GoodIndex(), IntSubclass(9), True]:
    run("index", operator.index, o)
run("IntSubclass", IntSubclass, TruncReturnsIntSubclass())
print([10, 20, 30][BadIndex2()], "abc"[IntSubclass(2)], list(range(IntSubclass(3))))

print(math.copysign(1.0, float("nan")), math.copysign(1.0, float("-nan")),
      math.copysign(1.0, float(" -NaN ")), math.copysign(1.0, float("+nan")),
      math.copysign(1.0, float(b"-nan")), math.copysign(1.0, -float("nan")))
v = float("nan")
print(hash(v) == object.__hash__(v))


class H:
    def __hash__(self):
        return 42


class F(float, H):
    pass


v = F("nan")
print(hash(v) == object.__hash__(v), hash(F(1.5)) == hash(1.5), hash(F(2.0)) == 2)

DBL_MIN_OVERFLOW = 2 ** 1024 - 2 ** (1024 - 53 - 1)
for m in [1, 2, 7, 12345, 7 ** 100, -1, -67891, -41 ** 50]:
    row = []
    for n in range(-3, 3):
        for a, b in ((m * DBL_MIN_OVERFLOW + n, m), (m * DBL_MIN_OVERFLOW + n, -m)):
            try:
                row.append(repr(a / b))
            except OverflowError:
                row.append("overflow")
    print(" ".join(row))
for a, b in [(1, 2731), (295147931372582273023, 295147932265116303360), (10 ** 400, 10 ** 399),
             (2 ** 60 + 1, 3), ((2 ** 53 + 1) * 12345 * 2 ** 200 + 2 ** 7, 2 ** 53 * 12345),
             ((2 ** 53 + 1) * 12345 * 2 ** 200, 2 ** 53 * 12345), (12345, 345678 * 2 ** 1074),
             (1, 2 ** 1080), (-1, 2 ** 1080), (3, 2 ** 1075), (2 ** 2000, 3 ** 600), (0, -2 ** 100),
             (-(2 ** 100), 7), (2 ** 1074 * 3, 2 ** 2148), (2 ** 1100, 2 ** 70), (5, 0), (2 ** 80, 0)]:
    try:
        print(repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
