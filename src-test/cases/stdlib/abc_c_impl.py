# abc on our _abc: abstract methods (incl. abstract properties), instantiation errors, register, subclass hooks, caches
import abc, _abc
print(abc.ABCMeta.__module__, abc.get_cache_token() >= 0)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @property
    @abc.abstractmethod
    def p(self): pass
class B(A):
    def f(self): return 1
class C(B):
    p = 3
print(sorted(A.__abstractmethods__), sorted(B.__abstractmethods__), sorted(C.__abstractmethods__))
try: B()
except TypeError as e: print(e)
print(C().f(), C().p, isinstance(C(), A), issubclass(C, A), issubclass(int, A))
class V: pass
A.register(V); print(issubclass(V, A), isinstance(V(), A), issubclass(V, B))
t = abc.get_cache_token(); B.register(float); print(abc.get_cache_token() > t, isinstance(1.5, A))
try: A.register(1)
except TypeError as e: print(e)
try: issubclass(1, A)
except TypeError as e: print(e)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook: return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook), issubclass(Duck, Hook))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
try: issubclass(int, Bad)
except AssertionError as e: print('AssertionError', e)
class M(A): pass
try: A.register(A)
except RuntimeError as e: print(e)
print(A.register(M) is M)
reg, cache, neg, ver = _abc._get_dump(A); print(V in reg, C in cache)
A._abc_registry_clear() if hasattr(A, '_abc_registry_clear') else None
A._abc_caches_clear(); print(len(_abc._get_dump(A)[1]))
A._abc_registry_clear(); print(issubclass(V, A), len(_abc._get_dump(A)[0]))
