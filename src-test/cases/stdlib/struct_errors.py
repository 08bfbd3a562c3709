# struct: errors of pack/unpack/pack_into/unpack_from/iter_unpack, with CPython's messages
import struct
tests = [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack_from('i', b'abc', 1), lambda: struct.unpack_from('i', b'abcdefgh', -2), lambda: struct.unpack_from('i', b'abcdefgh', -20), lambda: struct.unpack_from('i', b'abcdefgh', 20),
lambda: struct.pack('ii', 1), lambda: struct.pack_into('i', bytearray(3), 0, 1), lambda: struct.pack_into('i', bytearray(8), 6, 1), lambda: struct.pack_into('i', bytearray(8), 9, 1), lambda: struct.pack_into('i', bytearray(8), -2, 1), lambda: struct.pack_into('i', bytearray(8), -9, 1), lambda: struct.pack_into('i', b'abcd', 0, 1), lambda: struct.pack_into('i'), lambda: struct.pack_into('i', bytearray(4)), lambda: struct.pack_into('i', bytearray(4), 0, 1, 2),
lambda: struct.calcsize('z'), lambda: struct.calcsize('12'), lambda: struct.calcsize(12), lambda: struct.Struct(1), lambda: struct.iter_unpack('', b''), lambda: struct.iter_unpack('i', b'abc'), lambda: struct.unpack('i', 'abcd'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('c', 'a'), lambda: struct.pack('s', 'a'), lambda: struct.pack('p', 1), lambda: struct.pack('f', 'a'), lambda: struct.pack('f', 1e300), lambda: struct.pack('<f', 1e300), lambda: struct.pack('e', 1e6), lambda: struct.pack('d', 'x'), lambda: struct.pack('<n', 1), lambda: struct.pack('i', '1'), lambda: struct.pack('99999999999999999999i'), lambda: struct.unpack('<P', b'12345678'), lambda: struct.pack('@P', -1), lambda: struct.pack('i', 1.0),
lambda: struct.pack('?', []), lambda: struct.Struct('i').pack(1,2), lambda: struct.Struct('i').unpack(b''), lambda: struct.pack(), lambda: struct.unpack('i')]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<ih')
print(s.format, s.size, type(s), struct.error, struct.error.__module__, struct.Struct.__module__)
