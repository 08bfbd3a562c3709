# bytes/bytearray: huge search bounds clamp, a huge subscript is an IndexError, translate(delete=) by keyword,
# and assigning nothing to an extended slice of a bytearray deletes it.
import sys
for b in (b'abcabc', bytearray(b'abcabc')):
    print(b.find(b'c', 0, 2 ** 100), b.rfind(b'a', -2 ** 100), b.count(b'a', -2 ** 70, 2 ** 70),
          b.startswith(b'a', -2 ** 80), b.endswith(b'c', 0, sys.maxsize + 5), b.index(b'b', -2 ** 65))
    for key in (sys.maxsize + 1, -2 ** 100, 10):
        try:
            b[key]
        except IndexError as e:
            print('IndexError', e)
    print(b.translate(None, delete=b'b'), b.translate(bytes(range(255, -1, -1)), b'c'))
    try:
        b.translate()
    except TypeError as e:
        print('TypeError', e)
ba = bytearray(range(10))
ba[1:-1:2] = b''
print(ba)
ba = bytearray(range(10))
ba[5:1:-1] = []
print(ba)
ba = bytearray(range(10))
try:
    ba[1:-1:2] = b'xy'
except ValueError as e:
    print('ValueError', e)
m = memoryview(ba)
try:
    ba[::2] = b''
except BufferError as e:
    print('BufferError', e)
m.release()
print(ba)
