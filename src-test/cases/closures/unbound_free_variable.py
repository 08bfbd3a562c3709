def f():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return g()
print(f())
