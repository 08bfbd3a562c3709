def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for b in (b'\xff', b'a\xc3', b'\xc3(', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0\x9fa', b'\x80abc', b'\xe9t\xe9'):
    try:
        b.decode('utf-8')
    except UnicodeDecodeError as e:
        print(e)
    print(b.decode('utf-8', 'replace'), b.decode('utf-8', 'ignore'), b.decode('utf-8', 'backslashreplace'))
check(lambda: b'\xe9'.decode('ascii'))
check(lambda: b'a\xe9\xe9'.decode('ascii'))
print(b'a\xe9'.decode('ascii', 'replace'))
