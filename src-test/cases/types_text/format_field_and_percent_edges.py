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

# where a replacement field ends: brackets hide '}', ':' and '!'; errors found before any lookup
for f in ["{0!r", "{0!}", "{0!rx}", "{0!r:", "{0:{", "{0:{}", "{0[}", "{0[}]}", "{0[]}]}", "{a{}",
          "{", "x{", "{0", "{0:", "{0!", "{0!r}}", "{0[:]}", "{0[!]}", "{!r}", "{:}", "{0[x}]}",
          "{0:{1}}", "{0:{1}{2}}", "{0!s:>{1}}"]:
    for args in (({"}": 1, ":": 2, "!": 3, "x}": 4}, 6, "<"), ()):
        try:
            print(repr(f), repr(f.format(*args)))
        except (ValueError, IndexError, KeyError, TypeError) as e:
            print(repr(f), type(e).__name__, e)


# %x/%o/%c take __index__, %d/%i take __int__ then __index__
class PseudoInt:
    def __init__(self, value):
        self.value = int(value)

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value


class PseudoFloat:
    def __init__(self, value):
        self.value = float(value)

    def __int__(self):
        return int(self.value)


class OnlyIndex:
    def __index__(self):
        return 65


m = PseudoInt(109)
print("%x %X %o %c %d" % (m, m, m, m, m), "%d %i" % (PseudoFloat(3.7), PseudoFloat(-2.2)),
      "%c %x %d %#o" % (OnlyIndex(), OnlyIndex(), OnlyIndex(), OnlyIndex()))
for fmt, v in [("%x", 3.14), ("%X", PseudoFloat(2)), ("%o", "a"), ("%c", 3.0), ("%c", PseudoFloat(65)),
               ("%d", "x"), ("%d", [1]), ("%c", 0x110000), ("%x", True), ("%d", True), ("%u", 2.5)]:
    try:
        print(fmt % v)
    except (TypeError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
