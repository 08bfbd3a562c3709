def f(a, *, k, m=10):
    return a, k, m
print(f(1, k=2))
print(f(1, m=3, k=4))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
