# zlib: one-shot and streaming compression in the zlib, raw and gzip containers, decompressobj's
# max_length / unconsumed_tail / unused_data / eof, flush modes, zdict, checksums, zlib.error messages.
import zlib

def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (zlib.error, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

data = b''.join(b'line %d of some fairly repetitive text\n' % i for i in range(200))
print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(b''), zlib.adler32(b'abc', 7))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:6].hex(), zlib.crc32(c), zlib.decompress(c) == data)
for wbits in (15, -15, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), c[:12].hex(), zlib.crc32(c))
    print(zlib.decompress(c, wbits) == data, zlib.decompress(c, 47 if wbits != -15 else -15) == data)
print(zlib.compress(b''), zlib.compress(b'', wbits=31).hex(), zlib.decompress(zlib.compress(b'')))
print(zlib.compress(b'hello hello hello', level=9), zlib.compress(b'x', 1, wbits=31).hex())

# streaming compression with flushes
co = zlib.compressobj(6, zlib.DEFLATED, -15)
parts = [co.compress(data[:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[1000:]), co.flush(zlib.Z_FULL_FLUSH), co.flush()]
print([len(p) for p in parts], parts[1][-4:].hex())
stream = b''.join(parts)
print(zlib.decompress(stream, -15) == data, co.flush(zlib.Z_NO_FLUSH))
attempt("compress after finish", co.compress, b'x')
attempt("flush after finish", co.flush)
go = zlib.compressobj(wbits=31)
gz = go.compress(b'gzip body') + go.flush()
print(gz.hex())

# streaming decompression with max_length
do = zlib.decompressobj()
z = zlib.compress(data) + b'TRAILING'
out = do.decompress(z, 100)
print(len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
for i in range(20):
    out += do.decompress(do.unconsumed_tail, 1000)
    print(i, len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
    if do.eof:
        break
print(len(out), out == data, do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b'more'), do.unused_data)

# byte-at-a-time, gzip with header fields and automatic detection
gzhdr = bytes([0x1f, 0x8b, 8, 8 | 16, 0, 0, 0, 0, 0, 3]) + b'name.txt\x00comment\x00'
body = zlib.compress(b'named member', 9, -15)
member = gzhdr + body + zlib.crc32(b'named member').to_bytes(4, 'little') + (12).to_bytes(4, 'little')
for wbits in (31, 47):
    d = zlib.decompressobj(wbits)
    res = b''.join(d.decompress(member[i:i+1]) for i in range(len(member)))
    print(wbits, res, d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'abc')[:5]), d.eof, d.flush(), d.eof)

# dictionaries
zd = b'common words and phrases'
cz = zlib.compressobj(zdict=zd)
cdata = cz.compress(b'common phrases and words') + cz.flush()
print(cdata.hex())
dz = zlib.decompressobj(zdict=zd)
print(dz.decompress(cdata), dz.eof)
attempt("no zdict", zlib.decompress, cdata)
attempt("no zdict obj", zlib.decompressobj().decompress, cdata)

# errors
attempt("level 10", zlib.compress, b'x', 10)
attempt("wbits 99", zlib.compress, b'x', 1, 99)
attempt("compressobj wbits", zlib.compressobj, 1, 8, 99)
attempt("compressobj method", zlib.compressobj, 1, 7)
attempt("decompress wbits", zlib.decompress, b'x', 99)
attempt("decompressobj wbits", zlib.decompressobj, 99)
attempt("bad header", zlib.decompress, b'xxxx')
attempt("truncated", zlib.decompress, zlib.compress(b'abc')[:-2])
attempt("empty raw", zlib.decompress, b'', -15)
attempt("bufsize", zlib.decompress, b'x', bufsize=-1)
attempt("max_length", zlib.decompressobj().decompress, b'x', -1)
attempt("flush 0", zlib.decompressobj().flush, 0)
attempt("bad crc", zlib.decompress, member[:-8] + b'\0\0\0\0' + member[-4:], 31)
attempt("bad length", zlib.decompress, member[:-4] + b'\0\0\0\0', 31)
attempt("gzip magic", zlib.decompress, b'\x1f\x8c' + member[2:], 31)
attempt("corrupt body", zlib.decompress, b'x\x9c\xff\xff\xff', 15)
attempt("str data", zlib.compress, 's')
attempt("zdict type", zlib.decompressobj, zdict=5)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)
print(zlib.error.__mro__, type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
