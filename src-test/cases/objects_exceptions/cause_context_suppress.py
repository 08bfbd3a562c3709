try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t") from None
except TypeError as t:
    print(t.__cause__, repr(t.__context__), t.__suppress_context__)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("r")
except RuntimeError as r:
    print(r.__cause__, repr(r.__context__), r.__suppress_context__)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as t:
    print(t)
