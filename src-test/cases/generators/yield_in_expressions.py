def g():
    x = [1, (yield "a"), 3]
    print(x)
    y = (yield "b") + (yield "c")
    print(y)
    print(max((yield "d"), 0))
it = g()
print(next(it))
print(it.send(2))
print(it.send(10))
print(it.send(20))
try:
    it.send(-5)
except StopIteration:
    pass
