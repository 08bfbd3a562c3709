import sys
import types

n = types.SimpleNamespace(a=1, b='x')
print(n, n == types.SimpleNamespace(a=1, b='x'), n != types.SimpleNamespace(a=2), n.a)
n.c = [1]
del n.a
print(n, vars(n))
print(types.SimpleNamespace.__module__, type(n).__name__, repr(types.SimpleNamespace()))

class N(types.SimpleNamespace):
    pass

print(N(z=2), isinstance(N(), types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
print(type(sys.implementation).__name__, sys.implementation.name == 'cpython' or isinstance(sys.implementation.name, str))
print(isinstance(sys.implementation.version, tuple), sys.implementation.version[:2] == sys.version_info[:2])
import copy, pickle
print(copy.copy(n), copy.deepcopy(n) == n)
