# int.to_bytes/from_bytes: byteorder may be a str subclass
class MyInt(int):
    pass


class SubStr(str):
    pass


print(type(int.from_bytes(b'\x01', 'little')).__name__)
print((0).to_bytes(1, SubStr('big')), (258).to_bytes(2, SubStr('little')))
print(int.from_bytes(b'\x00\x01', SubStr('big')))
try:
    (1).to_bytes(1, 1)
except TypeError as e:
    print("TypeError", e)
