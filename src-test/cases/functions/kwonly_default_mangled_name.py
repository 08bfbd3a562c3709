# In a class body, a private keyword-only parameter (__a) is named _X__a in the code, and its
# default is kept under that name: calls bind it by the mangled name; call keywords are not mangled.
class X:
    def f(self, *, __a=42):
        return __a

    def f2(self, __b, /, *, __c=3, d=4):
        return __b, __c, d

    def g(self):
        try:
            return self.f(__a=1)
        except TypeError as e:
            return "TypeError: %s" % e

    lam = lambda self, *, __z=9: __z

print(X().f(), X().f(_X__a=5), X().g())
print(X().f2(1), X().f2(1, _X__c=7, d=8), X().lam())
print(X.f.__kwdefaults__, X.f.__code__.co_varnames, X.f2.__kwdefaults__, X.lam.__kwdefaults__)
try:
    X().f2(1, __c=2)
except TypeError as e:
    print("TypeError", e)

def outside(*, __a=1):
    return __a
print(outside(), outside.__kwdefaults__)
