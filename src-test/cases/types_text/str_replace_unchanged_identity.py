# str.replace that replaces nothing returns the str itself (CPython's behaviour, which the pure-Python
# pickler relies on: it memoizes a string by id() after passing it through replace()).
import io
import pickle

s = "latin1" + str(len("ab"))
print(s.replace("\\", "/") is s, s.replace("x", "y", 0) is s, s.replace("l", "L", 0) is s)
print(s.replace("l", "L"), s.replace("l", "L", 1), s.replace("", "-"), s.replace("", "-", 2))
print(s.replace("zz", "y") == s)


class S(str):
    pass


t = S("abc").replace("x", "y")
print(type(t).__name__, t, type(S("abc").replace("a", "b")).__name__)
try:
    s.replace(1, "a")
except TypeError as e:
    print("TypeError:", e)

# protocol 0 saves a repeated string once, then refers to the memo ("g")
for proto in (0, 1, 2):
    f = io.BytesIO()
    pickle._Pickler(f, proto).dump([b"abc", b"def", "k", "k"])
    print(proto, f.getvalue())
    print(pickle._Unpickler(io.BytesIO(f.getvalue())).load())
