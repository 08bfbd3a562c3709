# Empty matches in findall / finditer / sub / split (must_advance after an empty match).
import re

for pat in [r'x*', r'\b', r'(?=a)', r'a|', r'|a', r'', r'^', r'$', r'a??']:
    print(repr(pat).ljust(8), re.findall(pat, 'aab'), re.sub(pat, '-', 'aab'), re.split(pat, 'aab'),
          [m.span() for m in re.finditer(pat, 'aab')])
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.subn('', '_', 'ab'))
print(re.findall(r'\w*', 'ab cd'), re.split(r'\W*', 'a, b'))
print(re.sub(r'(?:)', '|', 'ab', count=2), re.findall('a*?', 'aa'))
