# Uncaught: three exceptions chained through nested finally blocks, each traceback at its own line.
def inner():
    try:
        raise ValueError("one")
    finally:
        raise KeyError("two")

def outer():
    try:
        inner()
    finally:
        print("outer finally")
        raise TypeError("three")

outer()
