# struct and array for binary records: Struct objects, pack_into/unpack_from/iter_unpack, array typecodes, bytes round-trips, errors
import struct, array
rec = struct.Struct('<I8sHd')
print(rec.size, rec.format, rec.pack(7, b'name', 65535, 2.5))
packed = b''.join(rec.pack(i, b'r%d' % i, i * 100, i / 4) for i in range(3))
print([(i, n.rstrip(b'\0'), h, f) for i, n, h, f in rec.iter_unpack(packed)])
print(rec.unpack_from(packed, rec.size), struct.calcsize('>bhilqfd'), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('3s2xI'))
buf = bytearray(16); struct.pack_into('>HH', buf, 4, 1, 2); print(buf, struct.unpack_from('>HH', buf, offset=4))
print(struct.pack('>i', -2), struct.pack('<q', 2**63 - 1), struct.pack('?xc', True, b'z'), struct.pack('>e', 1.5), struct.pack('5p', b'ab'), struct.pack('<f', 0.1))
print(struct.unpack('>f', struct.pack('>f', 0.1)), struct.unpack('<3B', b'\x01\x02\x03'), struct.unpack('!h', b'\xff\xfe'), struct.unpack('2s?', b'hi\x01'))
for call in (lambda: struct.pack('b', 200), lambda: struct.pack('<I', -1), lambda: struct.pack('i', 'x'), lambda: struct.pack('ii', 1), lambda: struct.unpack('<I', b'\x00'),
             lambda: struct.calcsize('z'), lambda: struct.pack_into('<I', bytearray(2), 0, 1), lambda: struct.unpack_from('<I', b'\0' * 4, 2), lambda: rec.pack(1, 2, 3, 4)):
    try:
        print(call())
    except struct.error as e:
        print('struct.error', e)
a = array.array('i', [3, 1, 2])
a.append(10); a.extend([4, 5]); a.insert(0, -1)
print(a, a.typecode, a.itemsize, len(a), a[1], a[-2:], a.index(10), a.count(1), sum(a), sorted(a), a.pop(), a.tolist())
a.reverse(); a.remove(1); print(a, a * 2, a + array.array('i', [9]), 2 in a, a == array.array('i', [4, 10, 2, 3, -1]))
b = array.array('d', [1.5, 2.25]); raw = b.tobytes(); c = array.array('d'); c.frombytes(raw); print(c, raw == bytes(b), c.buffer_info()[1])
u = array.array('u', 'héllo'); print(u, u.tounicode(), array.array('b', b'\x01\xff'), array.array('B', range(4)).tobytes(), array.array('H', [1, 2]).byteswap())
s = array.array('h', [1, 2]); s.byteswap(); print(s, bytes(array.array('b', [1, 2])), array.array('l', [5])[0], array.array('f', [0.1])[0])
a2 = array.array('i', range(10)); a2[2:5] = array.array('i', [0]); del a2[::3]; print(a2, array.typecodes)
for call in (lambda: array.array('z'), lambda: array.array('b', [200]), lambda: array.array('i', [1.5]), lambda: array.array('i').pop(), lambda: array.array('i', [1]) + array.array('d', [1]),
             lambda: array.array('i', [1]).remove(5), lambda: array.array('d').frombytes(b'123'), lambda: array.array('i', 'abc')):
    try:
        print(call())
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
