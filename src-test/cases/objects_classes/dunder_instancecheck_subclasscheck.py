# Metaclass __instancecheck__/__subclasscheck__ drive isinstance/issubclass; exact type is checked first.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, int)
class Integral(metaclass=Meta):
    pass
print(isinstance(3, Integral), isinstance("s", Integral))
print(issubclass(bool, Integral), issubclass(str, Integral))
print(isinstance(Integral(), Integral))
print(isinstance(3, (str, Integral)))
class Everything(metaclass=Meta):
    def __instancecheck__(self, obj):
        return True
print(isinstance(1.5, Everything))
