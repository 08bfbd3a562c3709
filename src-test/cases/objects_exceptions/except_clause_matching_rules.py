# except matches by subclass, by tuples (nested), first match wins, and the expression is evaluated lazily.
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError, ZeroDivisionError) as e:
        return "lookup-or-zero " + type(e).__name__
    except LookupError:
        return "other lookup"
    except Exception as e:
        return "exception " + type(e).__name__
for exc in [KeyError, IndexError, ZeroDivisionError, LookupError, ValueError("v")]:
    print(which(exc))
def evaluated():
    print("evaluated")
    return ValueError
try:
    raise TypeError
except evaluated():
    pass
except TypeError:
    print("TypeError handled")
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (ValueError, "x"):
        print("matched before the bad item")
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError
    except (ValueError, (KeyError,)):
        print("nested tuples are not allowed")
except TypeError as e:
    print("nested:", e)
