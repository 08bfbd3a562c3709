def f(a, b=2, /, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, c=9))
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    f(a=1)
except TypeError as e:
    print(e)
