for bad in [1, "s", object]:
    try:
        raise bad
    except TypeError as e:
        print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
