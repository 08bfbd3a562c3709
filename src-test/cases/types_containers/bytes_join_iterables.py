print(b','.join((b'a', b'b')), b''.join(bytearray(b'xy') for _ in range(2)), b'-'.join([memoryview(b'm')]), bytearray(b'|').join([b'1', b'2']))
