# Bare raise re-raises the exception being handled; sys.exc_info() shows it, nested handlers restore it.
import sys
def show():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, repr(v), tb is not None)
print(show())
try:
    raise KeyError("outer")
except KeyError:
    print(show())
    try:
        raise ValueError("inner")
    except ValueError:
        print(show())
    print(show())
print(show())
def reraiser():
    try:
        raise OSError("again")
    except OSError:
        raise
try:
    reraiser()
except OSError as e:
    print("reraised", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    raise
except RuntimeError as e:
    print(e)
