# 3.11's possessive quantifiers and atomic groups: no backtracking into them.
import re

tests = [
    (r'a++b', 'aaab'), (r'a++a', 'aaaa'), (r'a*+a', 'aaaa'), (r'a?+a', 'a'), (r'a?+a', 'aa'),
    (r'a{1,2}+a', 'aaa'), (r'a{1,2}+a', 'aa'), (r'(?:ab)++c', 'ababc'), (r'(?:ab)*+ab', 'abab'),
    (r'(?:ab)?+ab', 'ab'), (r'(?>a+)a', 'aaa'), (r'(?>a+)b', 'aab'), (r'(?>ab|a)b', 'ab'),
    (r'(?>(a)|b)+c', 'abac'), (r'(?:a|b)*+c', 'ababc'), (r'(x+x+)++y', 'xxxxy'), (r'(\d+)++', '123'),
    (r'"(?>[^"\\]+|\\.)*"', r'say "a \"q\" b" ok'), (r'(?:(a)|b)++', 'abab'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(pat.ljust(26), repr(s).ljust(18), m and (m.group(), m.groups()))
print(re.findall(r'\w++', 'ab cd  e'), re.findall(r'\d*+', '12a3'))
print(re.sub(r'(?>x+)', '-', 'axxbxc'))
