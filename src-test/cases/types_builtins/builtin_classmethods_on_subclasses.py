# dict.fromkeys and int.from_bytes are classmethods: called on a subclass they build an instance of
# the subclass (fromkeys through cls() and __setitem__, from_bytes through cls(value)).
import collections


class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"


class Loud(dict):
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        super().__setitem__(k, v)


class WithInit(dict):
    def __init__(self):
        print("  WithInit() called")
        super().__init__()


print(repr(MyInt.from_bytes(b"\x01\x00", "big")), type(int.from_bytes(b"\xff", "little", signed=True)), int.from_bytes(b"\xff", "little", signed=True))
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"), MyInt.from_bytes([1, 2], byteorder="little"))
print(int.from_bytes.__self__, dict.fromkeys.__self__, MyInt.from_bytes.__self__, Loud.fromkeys.__self__)
d = Loud.fromkeys("ab", 0)
print(type(d).__name__, d)
w = WithInit.fromkeys([1, 2])
print(type(w).__name__, w)
print(type(dict.fromkeys("xy")).__name__, dict.fromkeys(range(3), []), collections.OrderedDict.fromkeys("ba"), collections.Counter("aab"))
print(type(collections.defaultdict.fromkeys("ab")).__name__, {}.fromkeys("q", 1))
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError:", e)
