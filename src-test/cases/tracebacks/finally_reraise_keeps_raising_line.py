# The traceback of an exception passing through a finally points at the line that raised it.
def f():
    try:
        x = 1
        raise ValueError("through finally")
    finally:
        y = 2
        z = 3

def g():
    f()

g()
