print(bytearray(b'a') < bytearray(b'b'), bytearray(b'ab') == b'ab', bytearray(b'z') > b'a', bytearray() == bytearray(), bytearray(b'a') != 'a')
