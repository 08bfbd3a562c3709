# Nested finally blocks, handlers inside finally, with statements and loops: __context__
# chains and the handled exception on each path.
import sys
# nested finally chain
def f():
    try:
        try:
            raise ValueError(1)
        finally:
            raise KeyError(2)
    finally:
        raise TypeError(3)
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
# except inside finally with return
def g():
    try:
        raise ValueError("x")
    finally:
        try:
            raise KeyError("y")
        except KeyError:
            return repr(sys.exc_info()[1])
print(g(), sys.exc_info())
# generator ignoring GeneratorExit
def gen():
    try:
        yield 1
    finally:
        yield 2
g2 = gen(); next(g2)
try:
    g2.close()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
# with + finally
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t and t.__name__, sys.exc_info()[0] and sys.exc_info()[0].__name__)
        return True
def h():
    try:
        with CM():
            raise ValueError
    finally:
        print("finally", sys.exc_info())
h()
def k():
    with CM():
        try:
            raise KeyError
        finally:
            print("inner finally", sys.exc_info()[0].__name__)
k()
# raise in finally after return in try
def r():
    try:
        return 1
    finally:
        print("ret finally", sys.exc_info())
print(r())
# exception in except handler of a try/finally
def s():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
        finally:
            print("s finally", repr(sys.exc_info()[1]), repr(sys.exc_info()[1].__context__))
    except KeyError as e:
        print(repr(e.__context__))
s()
# finally in loop with break while handling
for i in range(3):
    try:
        try:
            raise ValueError(i)
        finally:
            if i == 1:
                break
    except ValueError as e:
        print("caught", e)
print(sys.exc_info())
