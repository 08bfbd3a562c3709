def g():
    yield 1
    raise ValueError("inside")
for v in g():
    print(v)
