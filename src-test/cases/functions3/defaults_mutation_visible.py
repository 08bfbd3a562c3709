def f(a=1):
    return a
f.__defaults__ = (99,)
print(f())
def g(*, k=1):
    return k
g.__kwdefaults__ = {'k': 5}
print(g())
