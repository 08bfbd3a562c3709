# An instance of a module subclass keeps its attributes in the module's own namespace:
# __dict__, dir(), exec in it and attribute access all see the same dictionary.
import sys, types
class M(type(sys)):
    kind = "M"
minstance = M("m")
minstance.b = 2
minstance.a = 1
print(sorted(k for k in minstance.__dict__ if not k.startswith("__")), minstance.a, minstance.kind)
print([x for x in dir(minstance) if not x.startswith("__")], vars(minstance) is minstance.__dict__)
del minstance.a
print(hasattr(minstance, "a"), minstance.__name__)
for i in range(3):
    minstance.c = i
    print(minstance.c, minstance.__dict__["c"])
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return "lazy " + name
lz = Lazy("lz", "doc")
lz.x = 1
print(lz.x, lz.y, lz.__doc__, lz.__dict__["x"])
exec("z = 5", lz.__dict__)
print(lz.z)
