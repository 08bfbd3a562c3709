# StopIteration carries a generator's return value; raising it inside a generator is a RuntimeError.
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
print(StopIteration().value, StopIteration(1, 2).value)
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print(e, repr(e.__cause__))
