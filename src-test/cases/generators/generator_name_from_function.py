# A generator's (coroutine's, async generator's) __name__/__qualname__ come from the function
# that created it, as it is named at the call, not from the code object; both are settable.
def g():
    yield 1

x = g()
print(x.__name__, x.__qualname__)
g.__name__ = "h"
g.__qualname__ = "q.h"
# a call site linked before the rename must see it too
for i in range(3):
    y = g()
    print(y.__name__, y.__qualname__, x.__name__, repr(y).split(" at")[0])
print(g.__code__.co_name, g.__code__.co_qualname)
y.__name__ = "z"
print(y.__name__, y.__qualname__)
for bad in (1, None, b"n"):
    try:
        y.__name__ = bad
    except TypeError as e:
        print("TypeError", e)
    try:
        y.__qualname__ = bad
    except TypeError as e:
        print("TypeError", e)
try:
    del y.__name__
except TypeError as e:
    print("TypeError", e)

# keyword and *args calls, defaults
def k(a, b=2, *, c=3):
    yield a + b + c
k.__name__ = "kk"
print(k(1).__name__, k(1, c=5).__name__, k(*[1, 2]).__name__, next(k(a=1)))

class K:
    def m(self):
        yield 1
print(K().m().__qualname__, K.m.__qualname__)
K.m.__qualname__ = "Other.m"
print(K().m().__qualname__)

# functions made by the same def share one code object, but each has its own name
def make():
    def inner():
        yield 0
    return inner
a, b = make(), make()
b.__name__ = "renamed"
print(a().__name__, b().__name__, a.__code__ is b.__code__)

async def co():
    return 1
c = co()
print(c.__name__, c.__qualname__)
c.__name__ = "cc"
c.__qualname__ = "q.cc"
print(c.__name__, c.__qualname__)
try:
    c.__name__ = 5
except TypeError as e:
    print("TypeError", e)
c.close()
co.__name__ = "co2"
c = co()
print(c.__name__, repr(c).split(" at")[0])
c.close()

async def ag():
    yield 1
ag.__qualname__ = "ag2"
a = ag()
print(a.__name__, a.__qualname__)
a.__name__ = "n"
print(a.__name__)
try:
    a.__qualname__ = 5
except TypeError as e:
    print("TypeError", e)
