import sys

def fail():
    x = None
    return x.attr

try:
    fail()
except AttributeError:
    tb = sys.exc_info()[2]
    while tb.tb_next:
        tb = tb.tb_next
    code = tb.tb_frame.f_code
    pos = list(code.co_positions())[tb.tb_lasti // 2]
    print(tb.tb_lineno, pos)
