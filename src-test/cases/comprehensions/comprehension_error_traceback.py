def f(items):
    return [1 / x for x in items]
f([1, 0])
