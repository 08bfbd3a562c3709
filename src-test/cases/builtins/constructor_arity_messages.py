# A built-in type's constructor called with the wrong number of arguments names the type,
# as CPython's messages do (the static __new__'s class argument is not counted).
for f in [lambda: list(1, 2), lambda: set(1, 2), lambda: range(1, 2, 3, 4), lambda: frozenset(1, 2),
          lambda: dict(1, 2), lambda: tuple(1, 2), lambda: [].__init__(1, 2), lambda: bytearray(1, 2, 3, 4),
          lambda: range(), lambda: float(1, 2), lambda: enumerate(), lambda: slice()]:
    for _ in range(3):  # the first calls go the generic way, later ones through linked sites
        try:
            f()
        except TypeError as e:
            msg = str(e)
    print(msg)
