def f(a):
    if a < None:
        return 1
f(1)
