# A class's __dict__ under a custom __prepare__ and a metaclass; __dict__ itself is read-only.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"injected": 1}
class C(metaclass=Meta):
    b = 2
    a = 1
print([k for k in C.__dict__ if not k.startswith("__")])
print(type(Meta.__dict__).__name__, "__prepare__" in Meta.__dict__)
class D(C):
    pass
print("b" in D.__dict__, D.__dict__.get("b", "absent"))
try:
    C.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    del C.__dict__
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(sorted(C.__dict__.keys() & {"a", "b", "zz"}))
it = iter(C.__dict__)
print(type(it).__name__)
print(C.__dict__.__class__.__name__, C.__dict__.__len__() == len(C.__dict__))
