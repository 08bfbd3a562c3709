# A data descriptor's __get__/__set__/__delete__ receive the instance (None for class access) and owner.
class Traced:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        print("get", self.name, obj is None, owner.__name__)
        return self if obj is None else obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value * 10
    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name, None)
class C:
    x = Traced()
c = C()
print(c.x)
c.x = 4
print(c.x, c.__dict__)
del c.x
print(c.x)
print(type(C.x).__name__)
class OnlySet:
    def __set__(self, obj, value):
        print("OnlySet.__set__", value)
class D:
    a = OnlySet()
d = D()
d.a = 1
print(type(d.a).__name__)
try:
    del d.a
except AttributeError as e:
    print(e)
