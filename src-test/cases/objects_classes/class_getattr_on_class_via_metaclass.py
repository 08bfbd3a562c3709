# Attribute lookups on a class go through its metaclass: __getattr__ there serves missing class attributes.
class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (from meta)"
    @property
    def info(cls):
        return "meta property"
class C(metaclass=Meta):
    x = 1
print(C.x, C.missing, C.info)
try:
    C().missing
except AttributeError as e:
    print(e)
try:
    C().info
except AttributeError as e:
    print(e)
