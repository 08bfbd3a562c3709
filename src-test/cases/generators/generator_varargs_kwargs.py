def g(*args, **kw):
    for a in args:
        yield a
    for k in sorted(kw):
        yield k, kw[k]
print(list(g(1, 2, x=3, y=4)))
