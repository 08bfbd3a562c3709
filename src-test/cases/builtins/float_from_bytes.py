# float() accepts bytes and bytearray holding a number, as CPython (pickle protocol 0 relies on it).
print(float(b"1.5"), float(bytearray(b" -2e3 ")), float(b"inf"), float(b"nan"))
for bad in [b"abc", bytearray(b"1.2.3"), b""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
import pickle
print(pickle.loads(pickle.dumps([1.25, -0.0, 1e300], 0)))
