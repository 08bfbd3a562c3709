# bytes.hex separators (length, ASCII, type checks in CPython's order), float() of bytes with a
# non-ASCII byte, and bytearray item assignment checking the key before the value.
three = b"\xb9\x01\xef"
for args in [("",), ("xx",), (None, 0), ("\xff",), (b"\xff",), (b"\x80",), (chr(0x100),),
             (b"\x00",), ("\x7f",), (":", 2), (":", -2), ("::",), ([1],), ([1, 2],), (5,),
             (":", 0), (b"$",)]:
    for t in (bytes, bytearray, memoryview):
        try:
            print(t.__name__, args, repr(t(three).hex(*args)))
        except (TypeError, ValueError) as e:
            print(t.__name__, args, type(e).__name__, e)

for src in (b"123\xa0", b"\xa0 1.5", bytearray(b"1e3\x85"), b" 1.5 ", b"\t-2\n", memoryview(b"7.25")):
    try:
        print(float(src))
    except ValueError as e:
        print("ValueError", e)
print(float("123\xa0"), float("\u20031.5"))

b = bytearray(b"python")
for key, value in [("a", "python"), ("a", 1), (1.5, 300), (None, b"x"), (10, 300), (10, 1), (0, 300), (0, "x")]:
    try:
        b[key] = value
        print(b)
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
