# bytes/bytearray iterators: their own types, live over a bytearray changed during iteration,
# length hints, pickling at each position; bytes() asks __bytes__ before buffers and __index__,
# and __bytes__ = None blocks the conversion.
import pickle

for seq in (b"abc", bytearray(b"abc")):
    it = iter(seq)
    print(type(it).__name__, it.__length_hint__(), next(it), it.__reduce__()[1:], it.__length_hint__())
    print(list(pickle.loads(pickle.dumps(it))), list(it), it.__reduce__()[1:], it.__length_hint__())

ba = bytearray(b"ab")
it = iter(ba)
next(it)
ba.extend(b"cd")
print(list(it))
ba = bytearray(b"ab")
it = iter(ba)
next(it)
ba.clear()
print(it.__length_hint__(), list(it))

orig = bytearray(b"abc")
data = list(b"qwerty")
itorig = iter(orig)
next(itorig)
it, b = pickle.loads(pickle.dumps((itorig, orig)))
b[:] = data
print(type(it).__name__, list(it))
it = iter(b"xyz")
it.__setstate__(10)
print(list(it))
it = iter(b"xyz")
it.__setstate__(-5)
print(list(it))
try:
    iter(b"x").__setstate__("a")
except TypeError as e:
    print("TypeError", e)


class A:
    def __bytes__(self):
        return b"a"

    def __index__(self):
        return 42


class B:
    def __bytes__(self):
        return None


class IterationBlocked(list):
    __bytes__ = None


class IntBlocked(int):
    __bytes__ = None


class S(str):
    def __bytes__(self):
        return b"abc"


class BSub(bytes):
    def __bytes__(self):
        return b"override"


print(bytes(A()), bytes(S("x")), bytes(BSub(b"q")), bytes([0, 1, 2]), bytes(3), bytearray(A()))
for arg in (B(), IterationBlocked([0, 1]), IntBlocked(3), 3.5, "text"):
    try:
        print(bytes(arg))
    except TypeError as e:
        print(type(arg).__name__, "TypeError", e)
