def f(*args, **kw):
    return args, sorted(kw.items())
a = [1, 2]
b = (3,)
print(f(*a, *b, k=1, **{'x': 2}, **{'y': 3}))
print(f(0, *a, 9, *b))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(e)
