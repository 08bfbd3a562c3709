# Exceptions raised by built-ins inside an except clause get the handled exception as __context__.
def ctx(e):
    c = e.__context__
    return None if c is None else repr(c)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print("subscript:", ctx(e), e.__suppress_context__, e.__cause__)

def lookup(d):
    return d["missing"]

try:
    try:
        int("x")
    except ValueError:
        lookup({})
except KeyError as e:
    print("in a called function:", ctx(e))

try:
    try:
        [][1]
    except IndexError:
        pass
    None.attr
except AttributeError as e:
    print("after the handler ended:", ctx(e))

try:
    try:
        raise OSError("outer")
    except OSError:
        try:
            "a" + 1
        except TypeError:
            len(5)
except TypeError as e:
    print("nested handlers:", ctx(e), "<-", ctx(e.__context__))

class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return {}.pop("exit")
try:
    with Manager():
        raise RuntimeError("body")
except KeyError as e:
    print("in __exit__:", ctx(e))

try:
    try:
        raise ValueError("v")
    except ValueError as v:
        v.args[5]
except IndexError as e:
    print("same exception chain:", ctx(e), e.__context__.__context__)
