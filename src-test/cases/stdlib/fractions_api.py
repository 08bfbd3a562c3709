# fractions.Fraction: construction from ints/strings/floats/Decimals, arithmetic, comparisons, limit_denominator, formatting, errors
from fractions import Fraction
from decimal import Decimal
import math
print(Fraction(3, 6), Fraction(-4, -8), Fraction(5), Fraction('3/7'), Fraction(' -1.25 '), Fraction('2e3'), Fraction('7e-2'))
print(Fraction(0.1), Fraction(Decimal('0.25')), Fraction.from_float(1.5), Fraction.from_decimal(Decimal('-3.75')), Fraction(Fraction(1, 2), Fraction(1, 3)))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 4 ** Fraction(1, 2), Fraction(4, 9) ** Fraction(1, 2))
print(a + 1, 1 - a, a * 1.5, 2 / a, a == Fraction(2, 6), a < b, a > 0.3, a == 1/3, Fraction(1, 2) == 0.5, divmod(Fraction(7, 2), 2))
print(a.numerator, a.denominator, a.as_integer_ratio(), float(a), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)), bool(Fraction(0)), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3))
print(Fraction(math.pi).limit_denominator(1000), Fraction('3.1415926535').limit_denominator(100), Fraction(1, 3).limit_denominator(1))
print(repr(Fraction(-2, 4)), str(Fraction(4, 2)), sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), sum([Fraction(1, n) for n in range(1, 6)]))
print(Fraction(1, 3) + 1j, Fraction(3, 4).is_integer() if hasattr(Fraction, 'is_integer') else 'n/a', {Fraction(1, 2): 'half'}[0.5])
for args in ((1, 0), ('1/0',), ('abc',), ('1.2.3',), (1.5, 2), ('1/2', 3), (float('nan'),), (float('inf'),), ([],)):
    try:
        print(Fraction(*args))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(1, 2) < 'x'
except TypeError as e:
    print('TypeError', e)
class MyFrac(Fraction): pass
print(type(MyFrac(1, 2) + 1).__name__, MyFrac(3, 9))
