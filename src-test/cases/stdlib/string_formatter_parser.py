# _string (string.Formatter's parser; ours is Python): fields, conversions, nested specs, escapes, CPython's errors.
import _string
for s in ["a{{b", "x{0}y", "{name!r:>10}", "{0:{1}}", "}}{{", "", "plain", "{a.b[0]}", "{!s}", "{:d}"]:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ["a}b", "{", "{0", "{0!}", "{0!rx}"]:
    try:
        print(list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for f in ["a.b[0].c", "0[key]", "12", "x[1]"]:
    first, rest = _string.formatter_field_name_split(f)
    print(repr(first), list(rest))
for f in ["a.", "a[0]x", "a[0"]:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(list(rest))
    except ValueError as e:
        print(repr(f), "ValueError:", e)
for s in ["{0!r", "{0!", "{0!}", "{0!r:{}", "{0:{", "{0[}", "{0!}}", "{a[:]}", "{0:{1}{2}}"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
