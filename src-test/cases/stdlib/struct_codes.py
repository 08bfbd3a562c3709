# struct: every integer code in every byte order at its range limits, half/single/double floats, alignment, s/p/c, buffers
import struct
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00'); print(type(it), it.__length_hint__(), list(it))
for order in '@<>!=':
  for c in 'bBhHiIlLqQnNP':
    if order!='@' and c in 'nNP': continue
    n=struct.calcsize(order+c)*8
    for v in [2**70, -2**70, 2**n, 2**(n-1), -1, -2**(n-1)-1, 2**(n-1)-1, -2**(n-1), 0, 5]:
        try: r = struct.pack(order+c, v); r = (r, struct.unpack(order+c, r))
        except Exception as e: r=type(e).__name__+': '+str(e)
        print(order, c, v, r)
print(struct.pack('<e', 65519.0), struct.pack('<e', 1e-8), struct.pack('<e', float('nan')), struct.pack('<e', -0.0), struct.unpack('<e', b'\x00\x7e'))
for x in [1.0, 0.1, -2.5, 65504.0, 6e-8, 1e-5, 0.333, 1/3, 2049.0, 2051.0, float('inf')]:
    print(x, struct.pack('>e', x), struct.unpack('>e', struct.pack('>e', x)), struct.pack('<f', x), struct.unpack('<f', struct.pack('<f', x)), struct.pack('>d', x))
print(struct.calcsize('@bhiq'), struct.calcsize('@b3sq'), struct.calcsize('bxi'), struct.calcsize('=bhiq'), struct.calcsize('@?e'), struct.calcsize('@P'), struct.calcsize('ci 0l'), struct.calcsize('i i\ti'))
print(struct.pack('5p', b'abcdefg'), struct.pack('3s', b'a'), struct.unpack('5p', b'\x09abcd'), struct.pack('0s', b'x'), struct.pack('0p', b'x'), struct.pack('300p', b'a'*290)[:2])
print(struct.pack('<q', True), struct.pack('<?', 'x'), struct.unpack('?', b'\x02'), struct.pack('<d', 3), struct.pack('f', True))
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
print(struct.pack('<i', I()), struct.pack('<d', F()), struct.pack('<d', I()))
print(struct.pack('b b', 1, 2), struct.pack(b'<h', 3), struct.unpack('<2h', memoryview(b'\x01\x02\x03\x04')), struct.unpack('<h', bytearray(b'\xff\xff')))
ba = bytearray(10); struct.pack_into('<hi', ba, 2, -1, 258); print(ba)
struct.Struct('>H').pack_into(ba, -2, 0xABCD); print(ba)
print(struct.unpack_from('<h', ba, offset=2), struct.Struct('<h').unpack_from(ba, 8), struct.Struct('<i').unpack_from(buffer=ba))
print(struct.pack('@bq', 1, 2), struct.pack('@hi', 1, 2), struct.pack('@c2xh', b'z', 3), struct.unpack('@bq', struct.pack('@bq', -1, -2)))
print(struct.pack('>3c', b'a', b'b', b'c'), struct.unpack('>3c', b'xyz'), struct.pack('>Q', 2**64-1), struct.unpack('>Q', b'\xff'*8), struct.unpack('<q', b'\xff'*8))
print(struct._clearcache(), struct.__doc__.split('\n')[0])
print(struct.unpack('f', struct.pack('f', 0.1)), struct.unpack('<d', struct.pack('<d', -0.0)))
