import importlib
import importlib.util
import importlib.machinery
import sys

m = importlib.import_module('json')
print(m.__name__, m is sys.modules['json'])
d = importlib.import_module('.decoder', 'json')
print(d.__name__)
print(importlib.util.find_spec('os').name, importlib.util.find_spec('nosuch_module_xyz'))
try:
    importlib.import_module('nosuch_module_xyz')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    importlib.import_module('.x')
except TypeError as e:
    print('TypeError:', e)
print(importlib.machinery.SOURCE_SUFFIXES)
print(callable(importlib.invalidate_caches), importlib.invalidate_caches())
import _imp
print(_imp.is_builtin('sys'), _imp.is_builtin('json'), _imp.extension_suffixes() is not None)
print(importlib.reload(m) is m)
