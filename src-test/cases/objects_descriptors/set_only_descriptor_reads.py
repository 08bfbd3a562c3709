# A data descriptor with __set__ but no __get__ does not hide the instance's attribute on reads,
# nor, on a metaclass, the class's own attribute.
class Descr(object):
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
descr = Descr("a")
class X(object):
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)
for i in range(3):
    print(x.a, getattr(x, "a"))
class Meta(type):
    pass
class Y(metaclass=Meta):
    pass
Y.a = 42
Meta.a = Descr("a")
print(Y.a)
