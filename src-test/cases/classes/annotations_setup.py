# A module or class body with an annotated assignment anywhere in it (CPython's
# SETUP_ANNOTATIONS) has __annotations__ from its first statement on.
print('__annotations__' in globals())
__annotations__['early'] = 1
x: int = 5
if x:
    y: str
print(__annotations__)


class C:
    print(__annotations__)
    a: int = 1
    print(__annotations__)


print(C.__annotations__)


class NoAnnotations:
    def f(self):
        z: int = 3
        return z


print('__annotations__' in NoAnnotations.__dict__, NoAnnotations().f())


class InLoop:
    for i in range(2):
        if i:
            b: float = 2.0
    print(sorted(__annotations__))


ns = {}
exec("print(sorted(__annotations__)); v: int = 1", ns)
print(ns['__annotations__'])
