# Properties are inherited and can be extended in subclasses with @Base.prop.setter.
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        "the x value"
        return self._x
class Writable(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v * 2
class Override(Base):
    @property
    def x(self):
        return super().x + 100
w = Writable()
w.x = 5
print(w.x, Base.x.__doc__, Writable.x.fset.__name__, Base.x.fset)
print(Override().x)
try:
    Base().x = 3
except AttributeError as e:
    print(e)
try:
    del w.x
except AttributeError as e:
    print(e)
p = property(lambda self: 1, doc="custom doc")
print(p.__doc__, p.fget(None))
class Q:
    y = property()
try:
    Q().y
except AttributeError as e:
    print(e)
