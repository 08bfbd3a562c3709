# int.from_bytes is a classmethod: called on a subclass it returns an instance of the subclass,
# made by calling the subclass with the int (so its __new__/__init__ run).
class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self


class Tagged(int):
    def __new__(cls, v):
        print('Tagged.__new__', v)
        return super().__new__(cls, v + 1)


print(repr(MyInt.from_bytes(b'\x01\x00', 'big')), type(MyInt.from_bytes(b'\xff', 'little', signed=True)).__name__)
print(Tagged.from_bytes(b'\x05', 'big'), type(Tagged.from_bytes(b'\x05', 'big')).__name__)
print(bool.from_bytes(b'\x00', 'big'), bool.from_bytes(b'\x07', 'big'))
print(int.from_bytes.__self__ is int, MyInt.from_bytes.__self__ is MyInt)
print(type(int.from_bytes(b'\x01', 'big')).__name__, (5).from_bytes(b'\x02', 'big'))
try:
    MyInt.from_bytes('x', 'big')
except TypeError as e:
    print('TypeError', e)
