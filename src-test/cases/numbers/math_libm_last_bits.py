# math.exp/log/pow/sin/cos/tan/exp2 agree with CPython's glibc results to the last bit on common
# arguments (repr prints every bit): exp(1) is 2.718281828459045, not fdlibm's ...0455.
import math

print(math.exp(1), math.exp(0.5), math.exp(-1), math.exp(10), math.exp(2.5), math.exp(1e-5))
print(math.sin(1), math.cos(1), math.tan(1), math.sin(0.5), math.cos(2), math.tan(0.7), math.sin(100.0))
print(math.pow(2, 0.5), math.pow(10, 1.7), math.pow(3.3, 2.2), 2 ** 0.5, 10 ** 1.7, 1.1 ** 10, math.exp2(0.3))
print(math.log(2), math.log(10), math.log(3.3), math.log10(2), math.log2(10), math.log(100, 10), math.log1p(0.5))
sig = [round(1 / (1 + math.exp(-x)), 15) for x in (-3, -1, 0, 0.5, 2)]
print(sig, [1 / (1 + math.exp(-x)) for x in (0.1, 0.2, 0.3)])
print(sum(math.sin(i / 10) * math.cos(i / 7) for i in range(100)), math.fsum(math.exp(-i / 3) for i in range(50)))
for bad in (lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.sin(math.inf), lambda: math.log(-1)):
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.exp(-1000), math.exp(math.inf), math.exp(-math.inf), math.pow(math.inf, 0), math.pow(1, math.nan), math.tan(0.0), math.sin(-0.0))
