def g():
    return g()
g()
