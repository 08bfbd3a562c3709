# Plain except handles a whole group by its type; except Exception catches ExceptionGroup.
def raise_group():
    raise ExceptionGroup("batch", [ValueError(1), KeyError(2)])
try:
    raise_group()
except ExceptionGroup as eg:
    print("group", eg.message, [type(e).__name__ for e in eg.exceptions])
try:
    raise_group()
except Exception as e:
    print(type(e).__name__, isinstance(e, BaseExceptionGroup))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except Exception:
    print("not here")
except BaseException as e:
    print(type(e).__name__, str(e))
try:
    raise_group()
except ValueError:
    print("not here either")
except ExceptionGroup as eg:
    v, rest = eg.split(ValueError)
    print(v.exceptions, rest.exceptions)
