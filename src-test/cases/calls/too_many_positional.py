def f(a, b):
    pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g(a, b=1):
    pass
try:
    g(1, 2, 3)
except TypeError as e:
    print(e)
def h():
    pass
try:
    h(1)
except TypeError as e:
    print(e)
