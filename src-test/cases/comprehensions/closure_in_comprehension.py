fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def make():
    base = 10
    return [lambda v, i=i: base + v + i for i in range(2)]
print([f(1) for f in make()])
