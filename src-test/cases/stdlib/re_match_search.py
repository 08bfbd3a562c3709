# match / search / fullmatch, their spans, and the pos / endpos window.
import re

p = re.compile(r'\d+')
for s in ['123abc', 'abc123', 'abc', '', '12 34']:
    m = p.match(s)
    print(repr(s), 'match', m and m.span(), 'search', p.search(s) and p.search(s).span(),
          'full', p.fullmatch(s) and p.fullmatch(s).span())

s = 'xx12yy345zz'
print(p.search(s, 4).span(), p.search(s, 5).span(), p.search(s, 5, 7).span())
print(p.match(s, 2).group(), p.match(s, 3).group(), p.match(s, 0))
print(p.fullmatch(s, 2, 4).group(), p.fullmatch(s, 2, 5))
print(p.search(s, pos=6, endpos=8).group())
print(p.search(s, -5).span(), p.search(s, 0, 100).span(), p.search(s, 20))
# $ and \Z match at endpos; ^ does not match at pos > 0
print(re.compile(r'\d$').search('a1b2c', 0, 2).span())
print(re.compile(r'^b').search('ab', 1), re.compile(r'b').match('ab', 1).span())
# lookbehind sees characters before pos
print(re.compile(r'(?<=a)b').match('ab', 1).span())
# module-level functions
print(re.match('a', 'ab').span(), re.search('b', 'ab').span(), re.fullmatch('ab', 'ab').span())
print(re.match('b', 'ab'), re.fullmatch('a', 'ab'))
m = re.search('(?P<w>o+)', 'foo bar')
print(m.string, m.pos, m.endpos, m.re.pattern, m.re is re.compile('(?P<w>o+)'))
