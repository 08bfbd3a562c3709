def f(a, b=2, c=3):
    return (a, b, c)
print(f(1))
print(f(1, 5))
print(f(1, c=9))
print(f(c=7, a=0))
print(f(1, 2, 3))
