def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3))
print(f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
