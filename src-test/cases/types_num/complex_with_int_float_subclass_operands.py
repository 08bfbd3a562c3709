# complex compares and computes with int/float subclass instances (an int-valued Enum) by their value.
import enum
class Color(int, enum.Enum):
    BLUE = 2
class I(int): pass
class F(float): pass
class C(complex): pass
print(2+0j == Color.BLUE, Color.BLUE == 2+0j, (2+0j) == I(2), I(2) == 2+0j, 2.0 == I(2), I(2) == 2.0, 2+0j == 2, 2 == 2+0j, True == 1+0j)
print(1j + I(2), I(2) + 1j, 1j * F(1.5), F(1.5) - 1j, (1+1j) ** I(2), C(1, 2) == 1+2j, (2.5+0j) != F(2.5), 3j / I(3))
print((2+0j).__eq__(I(2)), (2+0j).__add__(F(0.5)), (2+0j).__eq__('x'))
