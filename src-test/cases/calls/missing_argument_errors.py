def f(x, y):
    pass
for args in [(), (1,)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
def g(a, b, c):
    pass
try:
    g()
except TypeError as e:
    print(e)
def h(*, a, b):
    pass
try:
    h()
except TypeError as e:
    print(e)
