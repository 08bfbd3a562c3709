def f():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("while handling") from e
try:
    f()
except RuntimeError:
    pass
try:
    1 / 0
except ZeroDivisionError:
    f()
