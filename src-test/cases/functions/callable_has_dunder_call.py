# functions, built-in functions, methods and descriptors expose __call__ (collections.abc.Callable checks the MRO)
import collections.abc
def f(a, b=2): return a + b
class K:
    def m(self, x): return x * 2
kinds = [f, print, [].append, list.append, object.__init__, int.__add__, (1).__add__, K().m, K, lambda: 0, staticmethod(f), classmethod(f), 3]
print([isinstance(k, collections.abc.Callable) for k in kinds])
print([callable(k) for k in kinds])
print(f.__call__(1), type(f).__call__(f, 1, b=5), len.__call__('abc'), K().m.__call__(4), list.append.__call__ is not None)
print(type(f).__dict__['__call__'].__name__, type(len).__call__(len, [1, 2]))
