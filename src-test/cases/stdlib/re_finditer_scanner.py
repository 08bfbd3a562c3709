# finditer, Pattern.scanner (SRE_Scanner.match / search) and re.Scanner.
import re

for m in re.finditer(r'(\w)(\d)', 'a1 b2 c3'):
    print(m.span(), m.groups(), m.lastindex)
it = re.finditer(r'x*', 'axb')
print(type(it).__name__, [m.span() for m in it], list(it))
print([m.group() for m in re.compile(r'\w+').finditer('ab cd ef', 2, 7)])
sc = re.compile(r'\d+|\s+|[a-z]+').scanner('12 ab3!')
print(type(sc).__name__, sc.pattern.pattern)
while True:
    m = sc.match()
    if not m:
        break
    print('match', m.span(), repr(m.group()))
print(sc.match(), sc.search())
sc = re.compile(r'\d').scanner('a1b22', 1)
print([m.span() for m in iter(sc.search, None)])

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('ID', tok)),
    (r'\d+(?:\.\d*)?', lambda s, tok: ('NUM', tok)),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y + 42) $ rest'))
