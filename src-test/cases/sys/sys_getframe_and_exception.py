import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer():
    return where()

print(outer())
print(where())

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return chain()

def b():
    return a()

print(b())
print(sys._getframe().f_globals is globals(), sys._getframe().f_locals is globals())

def caller_module_name():
    return sys._getframe(1).f_globals.get('__name__')

print(caller_module_name())

class K:
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name

print(K().method())

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name

print(list(gen()))

try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)

print(sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        raise ValueError(2)
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())

def lines():
    first = sys._getframe().f_lineno
    return first, sys._getframe().f_lineno

print(lines())
