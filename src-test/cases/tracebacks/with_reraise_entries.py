# An exception leaving a with block whose __exit__ returns false is re-raised (CPython's
# RERAISE): the frame appears once in the traceback, however __exit__ handled it (a plain
# method, a @contextmanager generator the exception is thrown into, nested with blocks).
import contextlib
import traceback

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

@contextlib.contextmanager
def gen_cm():
    yield

def fail():
    raise ValueError("x")

def with_return():
    with CM():
        return fail()

def with_nested():
    with CM(), gen_cm():
        with open(__file__) as fh:
            int("not a number")

def with_handled_inside():
    with CM():
        try:
            fail()
        except ValueError:
            raise

def exit_raises():
    class Bad:
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            raise RuntimeError("from __exit__")
    with Bad():
        fail()

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit on the normal path")

def normal_exit_raises():
    with BadExit():
        y = 1
        z = 2
    return y

def break_exit_raises():
    for i in range(2):
        with BadExit():
            break

for f in (with_return, with_nested, with_handled_inside, exit_raises, normal_exit_raises, break_exit_raises):
    try:
        f()
    except Exception:
        traceback.print_exc()

def recurse(n):
    with CM():
        if n == 0:
            fail()
        recurse(n - 1)

recurse(2)
