# decimal (the _pydecimal implementation): construction, arithmetic, context precision/rounding, quantize, signals and traps, formatting
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, InvalidOperation, DivisionByZero, Inexact
print(D('1.10') + D('2.20'), D('0.1') * 3, D(1) / D(7), D('10') // D('3'), D('-10') % D('3'), D('2') ** 10, D('1.30') - D('1.3'))
print(D(0.1), D(10), D('-0'), D('1E+3'), D('Infinity'), D('-inf'), D('NaN'), D((0, (1, 4, 1), -2)), D('  3.5  '), D('1_000.5'))
print(repr(D('3.14')), str(D('1e-7')), D('100').normalize(), D('1.2300').normalize(), D('12.5').to_integral_value(), D('-0.0').is_signed())
print(D('7.325').quantize(D('.01'), rounding=ROUND_HALF_UP), D('7.325').quantize(D('.01')), D('7.329').quantize(D('0.1'), rounding=ROUND_DOWN), D('2.5').quantize(D('1'), ROUND_HALF_EVEN))
print(D('1.41421356').sqrt(), D(2).sqrt(), D(1).exp(), D(10).ln(), D(1000).log10(), D('2.5').as_tuple(), D('0.125').as_integer_ratio())
print(D('3.7').adjusted(), D('-5').copy_abs(), D('5').copy_negate(), D('1').compare(D('2')), D('1.0') == D('1'), D('1') == 1, D('0.5') == 0.5, D('0.1') == 0.1)
print(max(D('1.5'), D('1.50')), sorted([D('3'), D('-1'), D('2.5')]), sum([D('0.1')] * 10), round(D('2.675'), 2), round(D('2.5')), int(D('-3.9')), float(D('1.5')))
print(hash(D('1.5')) == hash(1.5), hash(D(2)) == hash(2), D('5').is_finite(), D('nan').is_nan(), D('inf').is_infinite(), D('1e5').is_zero())
print(f"{D('1234.5678'):,.2f} {D('0.000123'):.2e} {D('42'):>8} {D('-1.5'):+.3f} {D('12.5'):%}")
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D('123456789') + 0, ctx.prec)
    ctx.rounding = ROUND_CEILING
    print(D(1) / D(3), D(-1) / D(3))
print(getcontext().prec, getcontext().rounding, D(1) / D(3))
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.divide(D(2), D(3)), ctx.add(D('1.234'), D('1')), ctx.create_decimal('3.14159'), ctx.power(2, 100), ctx.sqrt(D(2)))
c2 = Context(prec=4, traps=[Inexact]); 
try:
    c2.divide(D(1), D(3))
except Inexact as e:
    print('Inexact', type(e).__mro__[1].__name__)
c3 = Context(); c3.traps[DivisionByZero] = False; print(c3.divide(D(1), D(0)), bool(c3.flags[DivisionByZero]))
c4 = Context(); c4.traps[InvalidOperation] = False; print(c4.sqrt(D(-1)), bool(c4.flags[InvalidOperation]))
for call in (lambda: D(1) / D(0), lambda: D('abc'), lambda: D(0) / D(0), lambda: D(-1).sqrt(), lambda: D('1.5') + 1.5, lambda: D('inf').quantize(D('1')), lambda: D([1]), lambda: int(D('nan')), lambda: int(D('inf'))):
    try:
        print(call())
    except (decimal.DecimalException, TypeError, ValueError, OverflowError) as e:
        # no message: CPython's C _decimal and the _pydecimal we run word them differently
        print(type(e).__name__, [c.__name__ for c in type(e).__mro__[1:3]])
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), decimal.MAX_PREC > 0)
print(D('1.5').__class__.__module__, D(5).fma(2, 3), D(7).remainder_near(2), D('1e3').to_eng_string(), D('123.456').scaleb(2), D(10).logb())
class Money(D):
    def __str__(self): return '$' + super().__str__()
print(Money('1.50'), str(Money('2') + 1), type(Money('2') + 1).__name__)
