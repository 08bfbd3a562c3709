# sys.exception() (new in 3.11): the exception being handled, in handlers, finally blocks and
# after they end; it agrees with sys.exc_info()[1].
import sys
print(sys.exception())
try:
    raise ValueError("v")
except ValueError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        raise KeyError("k")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())

def in_finally():
    try:
        raise TypeError("t")
    finally:
        print("finally:", repr(sys.exception()))
try:
    in_finally()
except TypeError:
    pass
print(sys.exception())

def gen():
    try:
        raise IndexError("i")
    except IndexError:
        yield repr(sys.exception())
        yield repr(sys.exception())
g = gen()
print(next(g))
print("outside generator:", sys.exception())
print(next(g))
