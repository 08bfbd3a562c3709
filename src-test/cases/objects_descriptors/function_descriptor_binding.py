# Functions are descriptors: __get__ binds them; bound methods expose __self__ and __func__.
class C:
    def f(self, x):
        return (self.__class__.__name__, x)
c = C()
bm = c.f
print(bm(1), bm.__self__ is c, bm.__func__ is C.f, bm.__name__, bm.__qualname__)
print(C.f.__get__(c, C)(2), C.f.__get__(None, C) is C.f)
def free(self):
    return "free " + type(self).__name__
bound = free.__get__(c)
print(bound(), type(bound).__name__)
print(c.f == c.f, c.f is c.f, C.f == C.f)
try:
    C.f(1)
except TypeError as e:
    print(e)
print(repr(bm)[:26])
