# Module/class annotations go to the body's namespace (exec's locals, custom mappings); exec'd code
# stores its docstring there; type/module __annotations__ getters make an empty dict on first access.
gns = {}; lns = {}
exec("'docstring'\n__annotations__[1] = 2\nx: int = 5\n", gns, lns)
print(lns, '__annotations__' in gns)
class CNS:
    def __init__(self): self._dct = {}
    def __setitem__(self, item, value): self._dct[item.lower()] = value
    def __getitem__(self, item): return self._dct[item]
ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns['__annotations__']._dct)
rec = {}
class CNS2:
    def __init__(self): self._dct = {}
    def __setitem__(self, item, value): self._dct[item] = value; rec[item] = value
    def __getitem__(self, item): return self._dct[item]
exec('x: int = 1', {}, CNS2())
print(rec)
ns = {}
exec('y = 1', ns); print('__annotations__' in ns)
ns = {}
exec('y: int', ns); print(ns['__annotations__'])
class C:
    a: int
    b: str = 'x'
    print(__annotations__)
class D(C): pass
print(D.__annotations__, C.__annotations__)
class E:
    pass
print(E.__annotations__, '__annotations__' in E.__dict__)
import sys
print(sys.modules[__name__].__annotations__)
x: float = 1.0
print(__annotations__)
def f():
    z: int = 3
    return z
print(f(), f.__annotations__)
ns = {}
exec('from string import *', {}, ns); print('ascii_letters' in ns)
try: int.__annotations__
except AttributeError as e: print('AttributeError', e)
try: int.__annotations__ = {}
except TypeError as e: print('TypeError', e)
class G: pass
try: del G.__annotations__
except AttributeError as e: print('AttributeError', e)
print(G.__annotations__)
del G.__annotations__
try: del G.__annotations__
except AttributeError as e: print('AttributeError', e)
G.__annotations__ = {'q': 1}; print(G.__annotations__)
import types
m = types.ModuleType('m'); print(m.__annotations__, '__annotations__' in m.__dict__)
del m.__annotations__
try: del m.__annotations__
except AttributeError as e: print('AttributeError', e)
exec('"just a doc"', {}, ns); print(ns['__doc__'])
