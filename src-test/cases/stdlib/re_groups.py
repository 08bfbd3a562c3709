# Match.group/groups/groupdict/start/end/span/lastindex/lastgroup/regs and group errors.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?', 'Jane Doe rest')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('?'))
print(m[0], m[1], m['first'], m.start(), m.end(), m.span(2), m.span('last'))
print(m.start(3), m.end(3), m.span(3), m.group(3))
print(m.lastindex, m.lastgroup, m.regs)
print(m.re.groups, dict(m.re.groupindex))
for bad in (4, -1, 'nope', 2.0):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
    except TypeError as e:
        print('TypeError', e)
try:
    m.start('zz')
except IndexError as e:
    print('IndexError', e)
try:
    m['x']
except IndexError as e:
    print('IndexError', e)

m = re.match(r'(a)(b)?(c)', 'ac')
print(m.groups(), m.lastindex, m.lastgroup, m.regs)
m = re.match(r'((a)(?P<B>b))', 'ab')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r'(?P<x>a)|(?P<y>b)', 'b')
print(m.lastindex, m.lastgroup, m.groupdict())
m = re.match(r'(a)+', 'aaa')
print(m.group(1), m.span(1))
m = re.match(r'(a|(b))+', 'ab' 'a')
print(m.groups(), m.span(2))
print(re.match('x', 'x').groups(), re.match('x', 'x').lastindex)
class Idx:
    def __index__(self):
        return 1
print(re.match('(a)', 'a').group(Idx()), re.match('(a)', 'a').group(True))
