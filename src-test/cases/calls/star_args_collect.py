def f(a, *args):
    return a, args
print(f(1))
print(f(1, 2, 3))
print(f(*[4, 5, 6]))
print(f(*(i for i in range(3))))
