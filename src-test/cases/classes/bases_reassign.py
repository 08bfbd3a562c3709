# C.__bases__ = C.__bases__ (typing.NamedTuple does it) and CPython's errors for bad values.
class A:
    pass
class B(A):
    pass
B.__bases__ = (A,)
print(B.__bases__, B.__mro__)
for bad in [A, (), [A]]:
    try:
        B.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)

from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 2
print(P(1), P.__bases__, P._field_defaults)
