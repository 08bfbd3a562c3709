# In a subclass of a built-in type, an operator method assigned from another slot (__neg__ =
# dict.copy, __lt__ = int.__gt__, __add__ = str.__add__) is called as that method, not taken for
# the built-in's own operator; int/float operator methods accept int subclass operands.
class X(dict):
    __setattr__ = dict.__setitem__
    __neg__ = dict.copy
x = X()
x.y = 42
print(x["y"], x == -x, type(-x).__name__)
class A(int):
    __eq__ = float.__eq__
    __add__ = str.__add__
    __neg__ = str.upper
a = A()
for expr in ("a == a", "a + a", "-a", "a + 1"):
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
class B(int):
    __add__ = int.__sub__     # another int slot under this name
    __neg__ = int.__pos__
    __lt__ = int.__gt__
print(B(5) + 3, -B(5), B(1) < B(2))
class F(float):
    __abs__ = float.__neg__
print(abs(F(2.0)))
class L(list):
    __iadd__ = list.extend
l = L([1])
l += [2]
print(l)
class I(int): pass
class Fl(float): pass
print(int.__add__(1, I(2)), int.__gt__(I(1), I(2)), float.__add__(1.5, I(2)), float.__lt__(1.0, Fl(2.0)))
print(int.__pow__(2, I(3)), int.__rsub__(1, I(5)), (3).__truediv__(I(2)), int.__and__(I(6), I(3)))
