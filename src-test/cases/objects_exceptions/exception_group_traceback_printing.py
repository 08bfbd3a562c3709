# An uncaught exception group prints its members in +-+---- boxes, nested groups indented.
def fail(exc):
    raise exc

def collect():
    errors = []
    for e in [ValueError("bad value"), TypeError("bad type")]:
        try:
            fail(e)
        except Exception as caught:
            errors.append(caught)
    inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "No such file", "x.txt")])
    errors.append(inner)
    raise ExceptionGroup("several problems", errors)

collect()
