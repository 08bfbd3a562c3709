import sys, types

def f(a, b=2):
    c = 3
    return dir()

print(f(1))

def g():
    return dir()

print(g())

class C:
    x = 1
    def m(self):
        pass
    names = dir()

print(C.names)

print(sorted(n for n in dir() if not n.startswith('__')))

m = types.ModuleType('m', 'a doc')
m.y = 1
print(m.__doc__, m.__name__, sorted(dir(m)))
m.__dir__ = lambda: ['zeta', 'alpha']
print(dir(m))
print('exit' in dir(sys), 'path' in dir(sys), '__class__' in dir(sys))
try:
    types.ModuleType(3)
except TypeError as e:
    print('TypeError:', e)
