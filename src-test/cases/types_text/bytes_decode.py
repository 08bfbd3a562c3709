def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'hello'.decode(), b'h\xc3\xa9'.decode('utf-8'), b'h\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'x'.decode(encoding='utf8'))
print(str(b'h\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'abc'))
check(lambda: str('abc', 'utf-8'))
check(lambda: b'x'.decode('nope'))
