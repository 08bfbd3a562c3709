# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) keeps what it is given.
import sys
import types


def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(None, frame, 1, 2)
print(tb.tb_next)
for args in (("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, "nuh-uh")):
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print("TypeError:", e)


def f():
    return types.TracebackType(None, sys._getframe(), 0, 7)


t = f()
print(t.tb_frame.f_code.co_name, t.tb_lineno)
