# __traceback__ links frames outermost first: tb_lineno, tb_next, tb_frame.f_code.co_name.
def a():
    b()
def b():
    c()
def c():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
e2 = ValueError("x")
print(e2.__traceback__)
e3 = e2.with_traceback(None)
print(e3 is e2)
try:
    e2.__traceback__ = 5
except TypeError as err:
    print(err)
