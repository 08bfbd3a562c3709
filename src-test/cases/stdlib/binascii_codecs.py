# binascii: hex, base64 (strict_mode, newline), uuencode (backtick), quoted-printable, checksums,
# and binascii.Error / TypeError / ValueError messages.
import binascii

def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (binascii.Error, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'abcdef', '-', 2), binascii.b2a_hex(b'xyz', b':'))
print(binascii.hexlify(b'abcdef', ':', -4), binascii.b2a_hex(bytearray(b'\x00\x10')), binascii.hexlify(memoryview(b'ok')))
print(binascii.unhexlify('01abFF'), binascii.a2b_hex(b'0a0b'), binascii.unhexlify(bytearray(b'ff')))
for s in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(60))]:
    e = binascii.b2a_base64(s)
    print(e, binascii.a2b_base64(e) == s, binascii.b2a_base64(s, newline=False))
    u = binascii.b2a_uu(s[:45])
    print(u, binascii.a2b_uu(u) == s[:45], binascii.b2a_uu(s[:45], backtick=True))
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'#86)C\n'), binascii.a2b_uu('#86)C   \n'))
print(binascii.a2b_base64('aGVs\nbG8g d29y!bGQ='))
for bad in [b'YQ', b'Y', b'YWJj=', b'!!YWJj', b'YW=Jj', b'=YWJj', b'YWJj==', b'YQ==YQ==', b'YQ=a', b'YWJjZ']:
    attempt(bad, binascii.a2b_base64, bad)
    attempt(bad, binascii.a2b_base64, bad, strict_mode=True)
attempt("unhexlify('abc')", binascii.unhexlify, 'abc')
attempt("unhexlify('zz')", binascii.unhexlify, 'zz')
attempt("a2b_hex('é')", binascii.a2b_hex, 'é')
attempt("a2b_hex(5)", binascii.a2b_hex, 5)
attempt("b2a_hex('x')", binascii.b2a_hex, 'x')
attempt("hexlify sep", binascii.hexlify, b'ab', 'xy')
attempt("b2a_uu 46", binascii.b2a_uu, b'x' * 46)
attempt("a2b_uu illegal", binascii.a2b_uu, b'!\x7f')
attempt("a2b_uu garbage", binascii.a2b_uu, b'!!!!!!x')
attempt("b2a_base64 str", binascii.b2a_base64, 'abc')
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'x', -1))
print(binascii.crc32(b'x', 2**40 + 5), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'abc', 0xffff), binascii.crc_hqx(b'', 0x12345))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(binascii.b2a_qp(b'hello = world\t\nline two  \r\nx'), binascii.b2a_qp(b'a_b c', header=True))
print(binascii.b2a_qp(b'\x00\xff. \t', quotetabs=True), binascii.b2a_qp(b'tab\tend\t'))
print(binascii.b2a_qp(b'x' * 100))
print(binascii.b2a_qp(b'=' * 30))
print(binascii.b2a_qp(b'.\n'), binascii.b2a_qp(b'a\tb\r\n', istext=False), binascii.b2a_qp(b'a\r\nb\nc'))
print(binascii.a2b_qp(b'a=3Db=\r\nc=\nd==e=zz_f', header=True), binascii.a2b_qp('=41=4'), binascii.a2b_qp(b'x='))
