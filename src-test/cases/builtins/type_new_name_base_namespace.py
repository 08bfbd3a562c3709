import collections, warnings

class B:
    pass
C = type("C", (B, int), {})
print(C.__base__.__name__, C.__bases__ == (B, int))
class D(B, int):
    pass
print(D.__base__.__name__)
print(type("E", (B,), {}).__base__.__name__)

od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
F = type("F", (), od)
print(list(F.__dict__.items())[:2])

for name in ("A\x00B", "A\udcdcB"):
    try:
        type(name, (), {})
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
G = type("G", (), {})
try:
    G.__name__ = "x\x00"
except ValueError as e:
    print("ValueError", e)
print(G.__name__)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        pass
    print(len(w), w[0].category.__name__, w[0].message)
warnings.simplefilter("error")
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("DeprecationWarning", e)
