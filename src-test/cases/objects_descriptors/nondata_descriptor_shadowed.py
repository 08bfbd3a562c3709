# A non-data descriptor (only __get__) is shadowed by the instance dict; a data descriptor is not.
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.__dict__)
c.area = 0
print(c.area)
del c.area
print(c.area)
class P:
    @property
    def v(self):
        return "property"
p = P()
p.__dict__["v"] = "dict"
print(p.v)
def method(self):
    return "method"
class M:
    m = method
m = M()
m.m = lambda: "instance"
print(m.m(), M.m(m))
