# Exceptions raised in else/finally propagate; an exception in finally replaces the pending one.
def else_raises():
    try:
        pass
    except Exception:
        return "not here"
    else:
        raise KeyError("from else")
def finally_replaces():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
for f in (else_raises, finally_replaces):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
