def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'aé€𝄞b'
for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
    print(err, s.encode('ascii', err), s.encode('latin-1', err))
check(lambda: s.encode('ascii'))
check(lambda: 'ab€€c'.encode('latin-1'))
check(lambda: '\ud800'.encode('utf-8'))
check(lambda: 'x'.encode('nope'))
check(lambda: 'é'.encode('ascii', 'nope'))
print('a'.encode('ascii', 'nope'))
