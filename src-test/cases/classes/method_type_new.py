# types.MethodType(function, instance) binds any callable; a bound method forwards unknown
# attributes to its function (abc relies on that for __isabstractmethod__ of classmethods).
import types

def f(self, y):
    return (self, y)
f.tag = "tagged"

m = types.MethodType(f, "obj")
print(m(1), m.__self__, m.__func__ is f, m.tag)
print(types.MethodType(len, [1, 2])())
class C:
    def meth(self):
        return 1
    meth.marker = 42
print(C().meth.marker, C().meth.__name__)
try:
    C().meth.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.MethodType(3, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    types.MethodType(f, None)
except TypeError as e:
    print("TypeError:", e)

import abc
class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @abc.abstractmethod
    def run(self): ...
class Part(Base):
    def run(self): pass
print(Base.make.__isabstractmethod__, sorted(Part.__abstractmethods__))
try:
    Part()
except TypeError as e:
    print("TypeError:", e)
