# Bound built-in methods and method-wrappers compare by receiver identity and method, hash from
# identity, are not orderable; a bound method repr falls back to __name__; a metaclass mixing a
# plain class with type reads type's own __dict__.
l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append != [].append, l.append == l.pop)
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)
print(hash(l.append) == hash(l.append), hash(l.__add__) == hash(l.__add__), len == len, len != abs, {l.append: 1}[l.append])
for a, b in ((l.append, l.append), (l.__add__, l.__add__)):
    try: a < b
    except TypeError as e: print('TypeError', e)
class Base:
    def method(self): pass
class Foo:
    pass
class Callable:
    def __call__(self): pass
import types
m = types.MethodType(Callable(), object())
print(repr(m).split(' of ')[0])
class NamedCallable:
    __name__ = 'name'
    def __call__(self): pass
print(repr(types.MethodType(NamedCallable(), object())).split(' of ')[0])
class Base2: pass
class Meta2(Base2, type): pass
class E(metaclass=Meta2): pass
print(type(E.__dict__).__name__, '__module__' in E.__dict__)
try: E.__dict__ = {}
except (AttributeError, TypeError) as e: print(type(e).__name__, e)
