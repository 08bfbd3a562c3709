print(b' \t\n\r\x0b\x0c'.isspace(), b''.isspace(), b' a'.isspace(), b'\x1c'.isspace())
