import sys
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
it = g()
print(next(it))
print(sys.exc_info()[0])
print(next(it))
