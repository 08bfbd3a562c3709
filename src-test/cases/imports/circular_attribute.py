# An attribute a module does not have yet while it is still being imported (a circular import)
# gets CPython's "partially initialized module" message; once imported, the ordinary one. A
# module without a str __name__ is "module has no attribute".
import sys
sys.path.insert(0, sys.path[0] + "/pkgs")
import circattr.a
print(circattr.a.X)
try:
    circattr.a.Y
except AttributeError as e:
    print("after import:", e)
import types
m = types.ModuleType("plain")
del m.__name__
try:
    m.z
except AttributeError as e:
    print(e)
m2 = types.ModuleType("spec_raises")
class BadSpec:
    @property
    def _initializing(self):
        raise ValueError("no")
m2.__spec__ = BadSpec()
try:
    m2.q
except AttributeError as e:
    print(e)
