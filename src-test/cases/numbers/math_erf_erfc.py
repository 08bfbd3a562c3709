# math.erf and math.erfc: values across the range (to 13 significant digits: CPython's libm is within
# an ulp, ours correctly rounded), signs, exact special values, tails, saturation
import math
xs = [0.0, -0.0, 1e-300, 1e-10, 0.1, 0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 5.9, 6.0, 10.0, -0.3, -2.5, float('inf'), float('-inf')]
for x in xs:
    print(x, '%.13g %.13g %.13g' % (math.erf(x), math.erfc(x), math.erfc(-x)))
print(math.erf(0.0), math.erf(-0.0), math.erfc(0.0), math.erf(6.0), math.erf(-7.0), math.erfc(-6.5), math.erfc(30.0), math.erf(math.inf), math.erfc(-math.inf))
print('%.13g %.13g' % (math.erfc(20.0), math.erfc(26.5)), math.erfc(27.5), math.erf(float('nan')), math.erfc(float('nan')))
print('%.13g %.13g' % (math.erf(True), 0.5 * (1 + math.erf(1 / math.sqrt(2)))), math.erf(1) == math.erf(1.0))
try:
    math.erf('x')
except TypeError as e:
    print('TypeError', e)
