# staticmethod/classmethod objects carry a __dict__ started from the function (3.10) and __wrapped__.
import functools
def f(x: int) -> int:
    "f docstring"
    return x
cm = classmethod(f); sm = staticmethod(f)
print(cm.__dict__); print(sm.__dict__)
print(staticmethod(None).__dict__, sm.__wrapped__ is f, cm.__wrapped__ is f, sm.__doc__, cm.__name__, sm.__qualname__)
cm.x = 42; print(cm.x, cm.__dict__)
del cm.x; print(hasattr(cm, 'x'))
sm.__doc__ = 'new'; print(sm.__doc__, sm.__dict__['__doc__'])
class C:
    @staticmethod
    def s():
        "static doc"
    @classmethod
    def c(cls):
        "class doc"
print(C.__dict__['s'].__doc__, C.__dict__['c'].__name__, C.s.__doc__, C.c.__doc__)
try: property(f).__wrapped__
except AttributeError as e: print('AttributeError', e)
@functools.wraps(f)
def g(): pass
print(staticmethod(g).__wrapped__ is g, staticmethod(g).__dict__.keys() >= {'__name__'})
