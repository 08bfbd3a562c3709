print(b'abc', b"a'b", b'a"b', b'a\'b"c', b'\x00\x7f\x80\xff', b'\t\n\r\\')
print(repr(b''), len(b'hello'), type(b'x').__name__)
print(rb'\n', b'\101\x42', bytes(b'xyz'))
