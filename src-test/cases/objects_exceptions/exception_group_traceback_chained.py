# Members of a group print their own __cause__/__context__ chains inside the box.
def member():
    try:
        {}.pop("missing")
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

errors = []
try:
    member()
except RuntimeError as e:
    errors.append(e)
try:
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    errors.append(e)
try:
    raise ExceptionGroup("handling", [ValueError(0)])
except ExceptionGroup:
    raise ExceptionGroup("chained members", errors)
