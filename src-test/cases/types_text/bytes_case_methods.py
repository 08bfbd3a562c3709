b = b'hello World 123 \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b''.isalpha(), b'\xe9'.isalpha())
print(b'ABC'.isupper(), b'abc'.islower(), b'Hello World'.istitle(), b'hello'.istitle(), b'abc\x80'.isascii(), b'abc'.isascii())
