def inner():
    try:
        yield 1
    except ValueError:
        yield "inner caught"
def outer():
    yield from inner()
    yield "after"
g = outer()
next(g)
print(g.throw(ValueError))
print(next(g))
