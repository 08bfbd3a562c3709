import sys
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    t, v, tb2 = sys.exc_info()
    print(t.__name__, v is e, tb2 is e.__traceback__)
print(sys.exc_info())
e2 = KeyError("x").with_traceback(None)
print(e2.__traceback__)
