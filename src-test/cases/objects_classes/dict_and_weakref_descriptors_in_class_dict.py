# A class that first gives instances a __dict__ or weak references lists the __dict__/__weakref__
# getset descriptors in its own __dict__ (CPython order; one the body defines wins); object() has no
# __dict__; __slots__ without __weakref__ make instances unreferenceable.
import collections, weakref, array
class A: pass
class B(A): pass
class E(Exception): pass
class I(int): pass
class L(list): pass
class S: __slots__ = ('x',)
class S2(S): pass
class W: __slots__ = ('__weakref__',)
class D: __slots__ = ('__dict__',)
class T(type): pass
class Q(collections.deque): pass
class F(float): pass
class Tu(tuple): pass
class St(str): pass
class O: __slots__ = ()
class M(A):
    "doc"
    def meth(self): pass
class SD(set): pass
class Dd(dict): pass
for c in (A, B, E, I, L, S, S2, W, D, T, Q, F, Tu, St, O, M, SD, Dd):
    print(c.__name__, list(c.__dict__), c.__dict__.get('__dict__'), type(c.__dict__.get('__weakref__')).__name__)
print(vars(A))
d = A.__dict__['__dict__']
print(d.__name__, d.__objclass__ is A, type(d).__name__, A.__dict__['__weakref__'])
a = A(); a.x = 1
print(a.__dict__, d.__get__(a, A), d.__get__(None, A) is d)
a.__dict__ = {'y': 2}; print(a.y, hasattr(a, 'x'))
del a.__dict__; print(a.__dict__, hasattr(a, 'y'))
try: a.__dict__ = 5
except TypeError as e: print('TypeError', e)
print(a.__weakref__)
r = weakref.ref(a); print(a.__weakref__ is r)
try: A.__dict__['__weakref__'].__set__(a, 1)
except AttributeError as e: print('AttributeError', e)
print(hasattr(object(), '__dict__'), hasattr(S(), '__dict__'), hasattr(O(), '__weakref__'), hasattr(W(), '__weakref__'))
for c in (S, O, W, D, S2, A, I, F, L):
    try:
        weakref.ref(c()); print(c.__name__, 'weakref ok')
    except TypeError as e: print(c.__name__, 'TypeError', e)
try: weakref.ref(object())
except TypeError as e: print('TypeError', e)
class X: pass
x = X(); x.a = 1
print(sorted(k for k in dir(x) if k.startswith('__d') or k.startswith('__w') or k == 'a'))
try: d.__get__(1)
except TypeError as e: print('TypeError', e)
class V:
    def getDict(self): return {'a': 2}
    __dict__ = property(fget=getDict)
    __weakref__ = 5
print(vars(V()), list(V.__dict__), V.__weakref__)
