# Re-raising an exception that is already in the context chain does not make a cycle.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise KeyError("b")
        except KeyError:
            raise a
except ValueError as caught:
    final = caught
    c = final.__context__
    print(repr(c), repr(c.__context__) if c is not None else None)
def chain_len(e):
    n = 0
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        e = e.__context__
        n += 1
    return n
print(chain_len(final))
