def f(a, **kw):
    return a, sorted(kw.items())
print(f(1))
print(f(1, x=2, y=3))
print(f(a=0, z=1))
d = {'p': 1, 'q': 2}
print(f(5, **d))
