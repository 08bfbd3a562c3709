# int() and float() parse str/bytes/bytearray subclass instances as text; float() and int() also
# read buffers (memoryview, array) but int(x, base) needs real text; a float subclass returned by
# __float__ is accepted (with a DeprecationWarning).
import array
import warnings


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class CustomStr(str):
    pass


class CustomBytes(bytes):
    pass


class CustomByteArray(bytearray):
    pass


factories = [bytes, bytearray, lambda b: CustomStr(b.decode()), CustomBytes, CustomByteArray, memoryview,
             lambda b: array.array('B', b)]
for f in factories:
    x = f(b'100')
    print(type(x).__name__)
    t(lambda: int(x))
    t(lambda: float(x))
    t(lambda: int(x, 2))
    t(lambda: int(f(b'A' * 4)))
    if f is not memoryview:  # its repr shows an address
        t(lambda: float(f(b'A' * 4)))
t(lambda: float(memoryview(b'12.5')[1:3]))


class F(float):
    def __float__(self):
        return self


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = float(F(2.5))
    print(type(r).__name__, r, [str(x.category.__name__) for x in w])
