# Functions, bound methods and built-in functions have __call__ (test_grammar, unittest.mock use it).
def f(x, y=10):
    return x + y


class C:
    def m(self, k):
        return k * 2


print(f.__call__(1))
print(f.__call__(1, y=2))
print(C().m.__call__(21))
print(len.__call__([1, 2, 3]))
print(sorted.__call__([3, 1, 2], reverse=True))
print([].__len__.__call__())
print(callable(f.__call__), callable(len.__call__))
print(type(f.__call__).__name__, type(C().m.__call__).__name__, type(len.__call__).__name__)
print(f.__call__.__call__(5))
try:
    f.__call__()
except TypeError as e:
    print('TypeError:', e)
