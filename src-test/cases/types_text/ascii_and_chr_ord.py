def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(ascii('héllo'), ascii([1, 'é']), ascii('\U0001f600'), chr(65), chr(0x1f600), ord('a'), ord('€'), ord('😀'), chr(0), repr(chr(0x10ffff)))
check(lambda: chr(-1))
check(lambda: chr(0x110000))
check(lambda: chr('a'))
check(lambda: ord(''))
check(lambda: ord('ab'))
check(lambda: ord(1))
check(lambda: ord(b'ab'))
print(ord(b'a'), ord(bytearray(b'z')))
