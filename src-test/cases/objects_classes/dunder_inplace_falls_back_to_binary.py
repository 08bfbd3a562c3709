# a += b uses __iadd__, else __add__, else b.__radd__; NotImplemented from __iadd__ falls through.
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("__add__")
        return OnlyAdd(self.v + other)
class InPlace(OnlyAdd):
    def __iadd__(self, other):
        print("__iadd__")
        self.v += other
        return self
class Refuses(OnlyAdd):
    def __iadd__(self, other):
        print("__iadd__ refuses")
        return NotImplemented
class Right:
    def __radd__(self, other):
        print("__radd__")
        return "right"
x = OnlyAdd(1); y = x; x += 2; print(x.v, x is y)
x = InPlace(1); y = x; x += 2; print(x.v, x is y)
x = Refuses(1); x += 5; print(type(x).__name__, x.v)
z = 5; z += Right(); print(z)
class Nothing:
    pass
n = Nothing()
try:
    n -= 1
except TypeError as e:
    print(e)
try:
    n **= 2
except TypeError as e:
    print(e)
l = [1]; m = l; l += (2, 3); print(l, m is l)
t = (1,); u = t; t += (2,); print(t, u is t)
