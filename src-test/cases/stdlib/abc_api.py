import abc
from abc import ABC, ABCMeta, abstractmethod, abstractproperty

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "sq"
    @classmethod
    def make(cls): return cls(2)

s = Sq.make()
print(s.area(), s.name, isinstance(s, Shape), Sq.__abstractmethods__)

class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Iface(metaclass=ABCMeta):
    pass

Iface.register(int)
print(isinstance(3, Iface), issubclass(bool, Iface), issubclass(str, Iface))

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "quack"):
            return True
        return NotImplemented

class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))

@Iface.register
class Virt: pass
print(issubclass(Virt, Iface), Virt)

print(abc.get_cache_token() is not None)

class Base(ABC):
    @abstractmethod
    def f(self): ...
def f(self): return 1
Concrete = type("Concrete", (Base,), {"f": f})
print(Concrete().f())
class Later(Base):
    pass
Later.f = lambda self: 2
abc.update_abstractmethods(Later)
print(Later().f())
try:
    Iface.register(3)
except TypeError as e:
    print("TypeError:", e)
