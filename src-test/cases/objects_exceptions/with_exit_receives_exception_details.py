# __exit__ receives the type, the instance and a traceback; returning a false value re-raises.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v.args, type(tb).__name__, tb.tb_lineno)
        return None
try:
    with Inspect():
        x = 1
        raise LookupError("a", 1)
except LookupError as e:
    print("re-raised", e.args)
class Convert:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            raise ValueError("converted") from v
try:
    with Convert():
        1 / 0
except ValueError as e:
    print(e, repr(e.__cause__), repr(e.__context__))
