# Long subjects: the matcher keeps its own backtracking stack, so no RecursionError here.
import re

s = 'ab' * 100000
m = re.match(r'(a|b)*', s)
print(m.span(), m.group(1))
m = re.match(r'(?:a|b)*c', s + 'c')
print(m.span())
print(re.match(r'(ab)*?$', s).span(), re.match(r'(?:(a)|(b))+', s).groups())
print(re.fullmatch(r'(?:ab)+', s) is not None, re.fullmatch(r'(?:ab)+a', s))
print(len(re.findall(r'ab', s)), len(re.split('b', s)), len(re.sub('a', '', s)))
t = 'x' * 200000
print(re.match(r'x*y', t), re.search(r'(x+x+)+y', 'x' * 12), re.match(r'(?:x|y)*+$', t).end())
print(re.search(r'[ab]c$', 'ab' * 50000 + 'c').span(), re.search(r'(?:ab)+c', 'ab' * 50000 + 'c').span())
print(re.match(r'((a)|b)*', 'ab' * 30000).groups())
