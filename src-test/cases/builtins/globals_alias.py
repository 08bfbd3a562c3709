# globals() called through another name (timeit keeps `_globals = globals`) is still the
# caller's module namespace.
g = globals
x = 5
print(g() is globals(), g()["x"])
def inner():
    return g()
print(inner() is globals(), "inner" in inner())
ns = {"g": globals}
exec("y = 7\nr = g()", ns)
print(ns["r"] is ns, ns["r"]["y"])
import timeit
print(timeit.timeit("x + 1", number=3, globals={"x": 1}) >= 0, timeit.Timer("pass").timeit(2) >= 0)
