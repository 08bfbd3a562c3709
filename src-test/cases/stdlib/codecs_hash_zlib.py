import base64
import binascii
import gzip
import hashlib
import io
import zlib

data = b"The quick brown fox jumps over the lazy dog"
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"))
print(base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="), base64.b16encode(b"\xab\x01"), base64.b16decode(b"AB01"))
print(base64.b85encode(b"hello"), base64.b85decode(base64.b85encode(b"hello")), base64.a85encode(b"hello"))
print(base64.standard_b64encode(b"x"), base64.encodebytes(b"y" * 60))
print(base64.b64decode("aGk="), base64.b64decode(b"aG k=\n"), base64.b32hexencode(b"ab"))
for bad in [b"abc", b"a===="]:
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print("Error:", e)
try:
    base64.b64decode(b"a@bc", validate=True)
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b16decode(b"ab")
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b64encode("str")
except TypeError as e:
    print("TypeError:", e)

print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.hexlify(b"abc", "-"), binascii.b2a_hex(b"ab", b":", 1))
print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.b2a_base64(b"hi"), binascii.a2b_base64(b"aGk=\n"))
print(binascii.b2a_qp(b"a=b \xff"), binascii.a2b_qp(b"a=3Db"), binascii.b2a_uu(b"hi"), binascii.a2b_uu(b"\":&D\n"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("Error:", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("Error:", e)

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
h.update(b"The quick ")
h2 = h.copy()
h.update(b"brown fox jumps over the lazy dog")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), h2.hexdigest() != h.hexdigest())
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", person=b"p").hexdigest())
print(hashlib.shake_128(b"x").hexdigest(10), hashlib.sha3_512(b"").hexdigest()[:20])
print(sorted(hashlib.algorithms_guaranteed))
import hmac
print(hmac.new(b"key", data, "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))
print(hmac.digest(b"key", b"msg", "md5").hex())
try:
    hashlib.new("nosuch")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)

comp = zlib.compress(data * 10, 9)
print(len(comp), zlib.decompress(comp) == data * 10, zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj(6, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data)
do = zlib.decompressobj()
out = do.decompress(comp[:20]) + do.decompress(comp[20:]) + do.flush()
print(out == data * 10, do.eof, do.unused_data)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("error:", e)
print(zlib.compress(b"", 0)[:2], zlib.ZLIB_VERSION[:2])

gz = gzip.compress(data, mtime=0)
print(gz[:4], gzip.decompress(gz) == data)
bio = io.BytesIO()
with gzip.GzipFile(fileobj=bio, mode="wb", mtime=0) as f:
    f.write(b"line1\nline2\n")
bio.seek(0)
with gzip.GzipFile(fileobj=bio) as f:
    print(f.readlines())
bio.seek(0)
with gzip.open(bio, "rt", encoding="utf-8") as f:
    print(f.read())
try:
    gzip.decompress(b"\x1f\x8b\x08\x00bad")
except (EOFError, gzip.BadGzipFile) as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(b"notgzip!" * 3)
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
