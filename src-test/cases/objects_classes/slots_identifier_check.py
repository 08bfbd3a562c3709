# __slots__ names must be identifiers as str.isidentifier() says (no NUL or other ignorable
# characters); CPython's errors for the other bad declarations.
for slots in ["foo\0bar", "foo bar", "1a", "", 42, ["a", 1], ("a", "a"), "__dict__", ["__dict__", "__dict__"], "x\u00e9", "a" * 3]:
    try:
        class C(object):
            __slots__ = slots
        print("ok", repr(slots), C.__slots__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
