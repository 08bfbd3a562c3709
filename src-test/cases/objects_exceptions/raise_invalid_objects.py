# raise accepts exception classes and instances only; causes must be exceptions or None.
for thing in [42, "text", object, None]:
    try:
        raise thing
    except TypeError as e:
        print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(e)
class BadNew(Exception):
    def __new__(cls):
        return 5
try:
    raise BadNew
except TypeError as e:
    print(e)
try:
    raise KeyError from IndexError
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
