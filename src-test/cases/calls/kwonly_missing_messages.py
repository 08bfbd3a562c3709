def f(a, *, b, c):
    pass
for kw in [{}, {'b': 1}, {'c': 1}]:
    try:
        f(1, **kw)
    except TypeError as e:
        print(e)
def g(*, x):
    pass
try:
    g(1)
except TypeError as e:
    print(e)
