def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

raw = b'abc\xff\xfe'
s = raw.decode('utf-8', 'surrogateescape')
print(len(s), ascii(s), s.encode('utf-8', 'surrogateescape') == raw)
print(ascii('\udcff'.encode('utf-8', 'surrogatepass')), b'\xed\xb3\xbf'.decode('utf-8', 'surrogatepass') == '\udcff')
check(lambda: 'é\udc80'.encode('ascii', 'surrogateescape'))
