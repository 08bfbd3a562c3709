def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'hello world hello'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('zz'), s.find('o', 5, 8), s.find('', 3), s.find('', 100), s.rfind(''), s.find('h', -5))
print(s.index('world'), s.rindex('l'), s.count('l'), s.count('hello'), s.count(''), s.count('l', 0, 5), 'aaaa'.count('aa'), s.startswith('hell'), s.endswith(('x', 'lo')))
print('abc'.startswith('b', 1), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('b', 0, 2), 'abc'.endswith(()))
check(lambda: s.index('zz'))
check(lambda: s.rindex('zz'))
check(lambda: s.find(1))
check(lambda: s.startswith(['h']))

