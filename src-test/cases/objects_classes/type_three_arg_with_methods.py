# type(name, bases, dict) builds classes with methods, inheritance and a metaclass from the bases.
def speak(self):
    return f"{type(self).__name__} says {self.sound}"
Animal = type("Animal", (), {"sound": "...", "speak": speak})
Dog = type("Dog", (Animal,), {"sound": "woof"})
print(Dog().speak(), Dog.__mro__[1].__name__, Dog.__qualname__)
class Meta(type):
    pass
Base = Meta("Base", (), {})
Derived = type("Derived", (Base,), {})
print(type(Derived).__name__)
for bad in [lambda: type("X", 1, {}), lambda: type("X", (), []), lambda: type(1, (), {})]:
    try:
        bad()
    except TypeError as e:
        print(e)
