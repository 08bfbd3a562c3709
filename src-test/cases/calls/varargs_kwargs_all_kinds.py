def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*range(4), c=0, **{'z': 1}))
