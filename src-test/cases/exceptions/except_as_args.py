try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(e)
    print(e.args)
    print(repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(e, e.args, repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(str(e)), e.args, repr(e))
try:
    raise TypeError("only one")
except TypeError as e:
    print(e, e.args, repr(e))
try:
    raise Exception()
except Exception as e:
    print(repr(e), len(e.args))
# The name bound by "as" is deleted after the handler.
try:
    print(e)
except NameError as ne:
    print(ne)
