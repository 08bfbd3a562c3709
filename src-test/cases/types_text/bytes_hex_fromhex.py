def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'\x01\xab\xff'.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex('-', -2), bytes.fromhex('01 ab FF'), bytes.fromhex(''))
print(bytearray.fromhex('dead beef'))
check(lambda: bytes.fromhex('0g'))
check(lambda: bytes.fromhex('abc'))
check(lambda: bytes.fromhex(b'ab'))
