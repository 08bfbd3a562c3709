# Subclasses of bytes and bytearray: __new__, overrides honoured, in-place ops keep the instance.
class B(bytes):
    def __new__(cls, s, extra=0):
        self = super().__new__(cls, s)
        self.extra = extra
        return self
    def __repr__(self):
        return "B" + bytes.__repr__(self)
    def __len__(self):
        return 99

b = B(b"abc", 5)
print(repr(b), str(b), b.extra, len(b), bytes.__len__(b))
print(b == b"abc", b + b"d", type(b + b"d").__name__, b[0], b[1:], type(b[1:]).__name__)
print(isinstance(b, bytes), bytes(b), type(bytes(b)).__name__, b.upper(), type(b.upper()).__name__)
print(hash(b) == hash(b"abc"), b"%s" % b, b.decode(), list(b), b"b" in b)
print({b: 1}[b"abc"])

class BA(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)

ba = BA(b"xy")
ba.append(65)
print(ba, repr(ba), str(ba), type(ba).__name__, len(ba), ba[0])
ba.extend(b"12")
print(ba)
before = ba
ba += b"!"
print(ba, type(ba).__name__, ba is before)
ba *= 2
print(ba, type(ba).__name__, ba is before)
print(ba + b"?", type(ba + b"?").__name__)
print(BA(), repr(BA(3)))
