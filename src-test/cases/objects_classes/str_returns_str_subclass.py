# __str__/__repr__ returning an instance of a str subclass: str() and format() pass it through.
class S(str):
    def upper(self):
        return "S.upper"

class X:
    def __str__(self):
        return S("hi")
    def __repr__(self):
        return S("rep")

x = X()
print(type(str(x)).__name__, str(x), str(x).upper())
print(type(repr(x)).__name__, repr(x))
print(type(format(x)).__name__, format(x))
print(f"{x}", f"{x!r}", "%s" % x, "%r" % x, "[%s]" % x)
print([x], (x,), {1: x})
print(type(str(S("plain"))).__name__, type(str(S("plain")) + "").__name__)

class Bad:
    def __str__(self):
        return 42
    def __repr__(self):
        return b"bytes"

for f in (str, repr, format):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
