# re.Match: repr (truncated at 50 characters), truth, expand, copy, attributes.
import re, copy

m = re.search(r'(\w+)@(?P<host>\w+)', 'mail: joe@example now')
print(repr(m), bool(m))
print(repr(re.match('a*', 'b')), repr(re.match(b'ab', b'abc')))
print(repr(re.match('.*', 'x' * 80)))
print(repr(re.match('.*', "it's \"quoted\"")))
print(m.expand(r'\2 has \1'), m.expand(r'\g<host>!'), m.expand('\\n'))
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(m.string, m.re.pattern, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(type(m).__name__, type(m).__module__, isinstance(m, re.Match))
try:
    m.expand(r'\3')
except re.error as e:
    print('re.error', e)
n = re.compile('o').search('foo', 1, 2)
print(n.pos, n.endpos, n.span(), repr(n))
try:
    m.pos = 3
except AttributeError:
    print('AttributeError')
