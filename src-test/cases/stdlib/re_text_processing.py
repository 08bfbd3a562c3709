# re in real text processing: tokenizer with named groups and lastgroup, sub with functions and backrefs, compiled flags, split, escape, errors
import re
TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/=()])
  | (?P<WS>\s+)
  | (?P<BAD>.)
''', re.VERBOSE)
print([(m.lastgroup, m.group()) for m in TOKEN.finditer('x = 3.5 * (y + 42) $') if m.lastgroup != 'WS'])
log = '2024-01-05 ERROR disk full\n2024-01-06 INFO ok\n2024-01-07 ERROR net down'
print(re.findall(r'^(\S+) ERROR (.*)$', log, re.M), [m.groupdict() for m in re.finditer(r'(?P<date>\S+) (?P<lvl>[A-Z]+)', log)][:2])
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'mail bob@example.com, amy@test.com'), re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.subn(r'\s+', ' ', '  lots   of\n space  '), re.sub('(?i)hello', 'bye', 'Hello HELLO'), re.sub(r'(?P<w>\w)', r'\g<w>\g<0>', 'ab', count=1))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(-)', 'a-b-c', maxsplit=1), re.split(r'\b', 'hi there'), re.escape('1+1=2? [yes] a.b'))
m = re.match(r'(\d{3})-(\d{4})(?:x(\d+))?', '555-1234 rest')
print(m.group(0), m.groups(), m.groups('none'), m.span(2), m.start(), m.end(1), m.expand(r'\2/\1'), m.lastindex, m.re.pattern, m.string[m.end():])
p = re.compile(r'colou?r', re.IGNORECASE)
print(p.search('My COLOR is').group(), p.fullmatch('colour') is not None, p.findall('color Colour'), p.flags & re.I != 0, p.groups, p.pattern)
print(re.fullmatch(r'[\w.+-]+@[\w-]+\.\w{2,}', 'a.b+c@d-e.org') is not None, bool(re.search(r'(?<=\$)\d+', 'cost $42')), re.search(r'(?<=\$)\d+', 'cost $42').group())
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'\bthe\b', 'the other the'), re.compile(r'(?s)a.b').match('a\nb') is not None, re.purge())
words = 'The rain in Spain stays mainly'
print(sorted(set(re.findall(r'\w*ain\w*', words))), re.sub(r'\b(\w)(\w*)', lambda m: m[1].upper() + m[2], words))
print(re.match(r'(?P<a>x)(?P=a)', 'xx').group('a'), re.compile(r'(?P<first>\w+) (?P<last>\w+)').groupindex['last'], repr(re.compile('ab+', re.M)))
print(re.search('a', 'bab', pos=0) if False else re.compile('a').search('bab', 2), re.compile('^a', re.M).findall('a\na\nb'), re.sub('x*', '-', 'abc'))
for pat in ('(', 'a{2,1}', '[z-a]', '(?P<1>x)', r'\k', '*a', '(?<=a+)b', '(?P<n>a)(?P<n>b)'):
    try:
        re.compile(pat)
    except re.error as e:
        print('re.error', e, '|', e.pos, e.msg)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('re.error', e)
try:
    re.match('(a)', 'a').group(3)
except IndexError as e:
    print('IndexError', e)
try:
    re.search('a', b'a')
except TypeError as e:
    print('TypeError', e)
