# split/subgroup accept an exception type, a tuple of them, or a Python function.
eg = ExceptionGroup("m", [ValueError(1)])
class NotExc:
    pass
for bad in [1, len, (ValueError, 1), [ValueError], int, NotExc, "ValueError", (ValueError, (TypeError,))]:
    for method in (eg.split, eg.subgroup):
        try:
            method(bad)
        except TypeError as e:
            print(method.__name__, type(bad).__name__, e)
def pred(e):
    raise RuntimeError("predicate failed on " + type(e).__name__)
try:
    eg.split(pred)
except RuntimeError as e:
    print(e)
print(eg.split(lambda e: isinstance(e, ValueError)))
print(eg.split(()))
