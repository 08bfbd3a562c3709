import contextlib
from contextlib import (contextmanager, closing, suppress, redirect_stdout, ExitStack,
                        nullcontext, AbstractContextManager, ContextDecorator, chdir)
import io

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("caught", repr(e))
    finally:
        print("</%s>" % name)

with tag("a") as v:
    print("inside", v)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)

class Res:
    def close(self): print("closed")
with closing(Res()):
    print("using")

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
print("captured:", repr(buf.getvalue()))

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cb", i)
    stack.enter_context(tag("x"))
    print("body")

def cleanup_raises():
    raise RuntimeError("in cleanup")
try:
    with ExitStack() as st:
        st.callback(cleanup_raises)
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

with ExitStack() as st:
    st.push(lambda *a: True)
    raise OSError("swallowed")
print("swallowed ok")

with nullcontext(5) as n:
    print("null", n)

class mydec(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@mydec()
def work(x):
    print("work", x)
    return x * 2
print(work(4))

class ACM(AbstractContextManager):
    def __exit__(self, *a): return None
with ACM() as a:
    print(type(a).__name__)
print(issubclass(io.StringIO, AbstractContextManager))

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with ExitStack() as outer:
    inner = outer.pop_all()
inner.callback(print, "popped callback")
inner.close()

import os
here = os.getcwd()
with chdir(".."):
    print(os.getcwd() == os.path.dirname(here))
print(os.getcwd() == here)
