# An exception caught, thrown into a generator with g.throw(e) and caught again in the same frame
# gets a traceback entry for that frame again (above the generator's), as CPython's.
def f():
    try:
        yield
    except:
        raise
g = f()

try:
    1/0
except ZeroDivisionError as v:
    try:
        g.throw(v)
    except Exception as w:
        tb = w.__traceback__
levels = 0
while tb:
    levels += 1
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
print(levels)
# the same through a started generator, and a traceback printed
def h():
    yield 1
g2 = h()
next(g2)
try:
    1/0
except ZeroDivisionError as v:
    try:
        g2.throw(v)
    except Exception as w:
        tb = w.__traceback__
        n = 0
        while tb:
            print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
import traceback
g3 = h()
try:
    raise KeyError("k")
except KeyError as v:
    try:
        g3.throw(v)
    except KeyError as w:
        print("".join(traceback.format_tb(w.__traceback__)).count("File"))
