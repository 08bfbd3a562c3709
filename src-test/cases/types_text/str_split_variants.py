def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = '  a  b c  '
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1), s.split(' ', 2), s.rsplit(' ', 2), 'a,b,,c,'.split(','))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines(), 'x\n\ny\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('a b'.split(maxsplit=0), 'a b c'.split(sep=None, maxsplit=1), 'abc'.split('abc'), 'abcabc'.rsplit('b', 1), 'a\u3000b'.split())
check(lambda: 'a'.split(''))
check(lambda: 'a'.split(1))
check(lambda: 'a'.rsplit(''))
