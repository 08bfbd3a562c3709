# \d \w \s \b on non-ASCII characters, in Unicode (default) and ASCII modes (CATEGORY codes).
import re

s = 'caf\u00e9 na\u00efve \u0663\u0664 x_1 \u00b2 \u2165 \u4e2d\u6587\u3000end\u00a0\u2003.'
print(re.findall(r'\w+', s))
print(re.findall(r'\w+', s, re.ASCII))
print(re.findall(r'\d+', s), re.findall(r'(?a)\d+', s))
print([hex(ord(c)) for c in re.findall(r'\s', s)], [hex(ord(c)) for c in re.findall(r'(?a)\s', s)])
print(re.findall(r'\W+', 'a\u00e9-\u00df!'), re.findall(r'(?a)\W+', 'a\u00e9-\u00df!'))
print(re.findall(r'\bna\w*', s), re.findall(r'(?a)\b\w+\b', 'caf\u00e9 x'))
print(re.findall(r'\B\w', 'ab \u00e9\u00e9'), re.findall(r'(?a)\B.', 'ab \u00e9\u00e9'))
print(re.findall(r'[\d\s]+', '1 \u0663\t2'), re.findall(r'(?a)[\d\s]+', '1 \u0663\t2'))
print(re.findall(r'[^\w\s]', 'a!\u00e9?\u0663#'), re.findall(r'(?a)[^\w\s]', 'a!\u00e9?'))
print(re.findall(r'\S+', 'a\u2028b\x1cc\x85d'), re.findall(r'(?a)\S+', 'a\x1cb\x85c'))
print([c for c in '\u00b2\u00bd\u2460\u0660\u16ee' if re.match(r'\w', c)], [c for c in '\u00b2\u0660' if re.match(r'\d', c)])
print(re.findall(rb'\w+', b'caf\xe9 x_1'), re.findall(rb'\s+', b'a\x1cb \x85c\td'))
