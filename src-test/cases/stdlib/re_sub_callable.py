# sub with a function: the match object, None results, errors from the function's result.
import re

def up(m):
    return m.group().upper()
print(re.sub(r'\b\w', up, 'hello big world'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'(\w)(\d)', lambda m: m.group(2) + m.group(1), 'a1b2c3'))
print(re.sub(r'x', lambda m: '', 'axbxc'))
print(re.sub(r'(?P<n>\d)', lambda m: '%s@%d' % (m['n'], m.start()), '1a2'))
seen = []
re.sub(r'\w', lambda m: seen.append(m.span()) or '', 'ab c')
print(seen)
try:
    re.sub('a', lambda m: 1, 'bab')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', lambda m: 'x', b'bab')
except TypeError as e:
    print('TypeError', e)
class Repl:
    def __call__(self, m):
        return '<%s>' % m.group()
print(re.sub('b', Repl(), 'abc'))
print(re.compile(r'(\w+)').sub(lambda m: m.expand(r'\1-\1'), 'ab cd'))
