def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('  x  '.strip(), 'xxhixx'.strip('x'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'), '\u3000x\u3000'.strip(), 'x'.strip(None))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'aaa'.replace('a', ''), 'a'.replace('a', 'b', -1), 'abc'.replace('b', 'B', 0))
check(lambda: 'a'.partition(''))
check(lambda: 'a'.strip(1))
check(lambda: 'a'.replace(1, 'b'))
