# Properties over __slots__ storage; default values cannot be class attributes of the same name.
class Vec:
    __slots__ = ("_x", "_y")
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if not isinstance(v, int):
            raise TypeError("x must be int")
        self._x = v
    @property
    def norm1(self):
        return abs(self._x) + abs(self._y)
v = Vec(3, -4)
v.x = 5
print(v.x, v.norm1)
try:
    v.x = "a"
except TypeError as e:
    print(e)
try:
    v.norm1 = 1
except AttributeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
