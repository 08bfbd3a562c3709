# Uncaught: an exception raised in a finally block entered by another one prints both, chained.
def f():
    try:
        raise ValueError("first")
    finally:
        cleanup = "done"
        raise KeyError("second")

f()
