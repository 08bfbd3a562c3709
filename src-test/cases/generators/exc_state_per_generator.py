# Each generator keeps its own "exception being handled" across yields; outside its own except
# blocks it sees the one its resumer is handling (CPython's exc_info stack).
import sys


def name(info):
    return None if info[0] is None else info[0].__name__


def store():
    try:
        print("start", name(sys.exc_info()))
        yield
    except Exception as exc:
        print("caught", type(exc).__name__, name(sys.exc_info()), exc.__context__)
        yield
        print("still", name(sys.exc_info()))
        yield
        raise


g = store()
next(g)
try:
    raise ValueError("v")
except Exception as exc:
    g.throw(exc)
print("outside", name(sys.exc_info()))
next(g)
try:
    next(g)
except ValueError as e:
    print("re-raised", repr(e))


def leaves_handler():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print("after handler", name(sys.exc_info()))
    yield 2


g = leaves_handler()
try:
    raise IndexError
except IndexError:
    print(next(g))
print(next(g))


def sees_resumer():
    print("sees", name(sys.exc_info()))
    yield
    print("sees again", name(sys.exc_info()))
    yield


g = sees_resumer()
try:
    raise KeyError("k")
except KeyError:
    next(g)
next(g)


# An exception thrown in at a yield inside an except block gets it as __context__.
def in_handler():
    try:
        raise KeyError("a")
    except Exception:
        try:
            yield
        except Exception as exc:
            print("inside", type(exc).__name__, repr(exc.__context__))
            yield "b"


g = in_handler()
g.send(None)
print(g.throw(ValueError))


def plain():
    try:
        raise KeyError("a")
    except Exception:
        yield


g = plain()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print("context", repr(e.__context__))


def inner():
    yield


def outer():
    try:
        raise KeyError("b")
    except Exception:
        yield from inner()


g = outer()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print("yield from context", repr(e.__context__))


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


g = boring()
next(g)
try:
    g.throw(E)
except TypeError as e:
    print(e)
g = boring()
g.__qualname__ = "renamed"
print(g.__qualname__)
for bad in (lambda: setattr(g, "__qualname__", 1), lambda: delattr(g, "__qualname__"),
            lambda: delattr(g, "__name__")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


# throw() chains the exception with the generator's own handled exception only, never with the
# one its caller is handling (contextlib.ExitStack relies on that to keep its chain).
def gen_finally(exc):
    try:
        yield
    finally:
        raise exc


e1, e2, e3 = Exception(1), Exception(2), Exception(3)
g = gen_finally(e3)
next(g)

try:
    raise e1
except Exception:
    try:
        g.throw(e2)
    except Exception as got:
        print(repr(got), repr(got.__context__), repr(got.__context__.__context__))
print(repr(e2.__context__))
