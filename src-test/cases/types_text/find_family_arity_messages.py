# str/bytes/bytearray find, rfind, index, rindex, count, startswith, endswith parse their
# arguments as PyArg_ParseTuple does: "find() takes at most 3 arguments (4 given)".
for o in ("hello", b"hello", bytearray(b"hello")):
    for name in ("find", "rfind", "index", "rindex", "count", "startswith", "endswith"):
        for args in ((), (o[:1], None, None, None)):
            try:
                getattr(o, name)(*args)
            except TypeError as e:
                print(type(o).__name__, e)
print("hello".find("l", None, None), b"hello".rfind(b"l", 0, None))
