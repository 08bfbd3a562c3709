# __context__ for exceptions raised by __exit__ and by a generator's finally under close()/throw().
import sys

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit:", a[0].__name__, sys.exc_info()[0].__name__)
        raise RuntimeError("in exit")

try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
print(sys.exc_info())

def gen():
    try:
        yield 1
    finally:
        print("gen finally:", sys.exc_info()[0].__name__)
        raise ValueError("from close")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print(repr(e), repr(e.__context__))

def gen2():
    try:
        yield 1
    finally:
        raise ValueError("from throw")

g = gen2()
next(g)
try:
    g.throw(KeyError("k"))
except ValueError as e:
    print(repr(e), repr(e.__context__))

def gen3():
    try:
        yield 1
    finally:
        yield 2

g = gen3()
next(g)
print(g.throw(KeyError("k2")))
try:
    next(g)
except KeyError as e:
    print("rethrown after yield in finally:", repr(e))
print(sys.exc_info())
