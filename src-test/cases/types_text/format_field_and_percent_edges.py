# str.format field names (empty attribute/key, what may follow ']'), a str subclass's __str__ in
# "%s" and "{}", and '*' widths/precisions too large for C.
import sys

for fmt, args in [("{0.}", (0,)), ("{0.}", ()), ("{0.[]}", (0,)), ("{0.a.}", (0,)),
                  ("{0[0].}", ([1],)), ("{0[]}", ([1],)), ("{0[0]x}", ([1],)), ("{0[0]}", ([7],)),
                  ("{0.real}", (3,)), ("{0[a]}", ({"a": 1},)), ("{0[", ([],))]:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(fmt, type(e).__name__, e)


class S(str):
    def __str__(self):
        return "over"


class T(str):
    pass


s = S("xxx")
print("%s" % s, "%s" % (s,), "{}".format(s), "{:}".format(s), f"{s}", format(s), format(s, ">5"),
      "%r" % s, str(s), "{!s}".format(s))
print("%s|{}|{}".format(T("t"), format(T("u"))) % T("v"))

for fmt, args in [("%*s", (sys.maxsize + 1, "")), ("%.*f", (sys.maxsize + 1, 1.0 / 7)),
                  ("%.*f", (2 ** 31, 1.0)), ("%*s", ("foo", "bar")), ("%10.*f", ("foo", 42.0)),
                  ("%*s", (-5, "ab")), ("%.*s", (1, "ab")), ("%*d", (4, 7))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
