# MULTILINE and DOTALL: ^ $ \A \Z and . (AT codes, ANY, ANY_ALL).
import re

s = 'one\ntwo\n\nthree\n'
print(re.findall(r'^\w+', s), re.findall(r'(?m)^\w+', s), re.findall(r'(?m)^$', s))
print(re.findall(r'\w+$', s), re.findall(r'(?m)\w+$', s))
print(re.findall(r'(?m)^.*$', s), re.findall(r'\A\w+', s), re.findall(r'(?m)\A\w+', s))
print(re.search(r'\w+\Z', s), re.search(r'\w+\n\Z', s).group())
print(re.findall(r'.+', s), re.findall(r'(?s).+', s), re.findall(r'(?s:.)\w', 'a\nb'))
print(re.findall(r'o.t', 'o\nt out'), re.findall(r'o.t', 'o\nt out', re.S))
print(re.search(r'$', 'ab\n').span(), re.search(r'$', 'ab').span(), re.findall(r'$', 'a\nb\n'))
print(re.findall(r'(?m)$', 'a\nb\n'), re.findall(r'^', 'a\nb'), re.findall(r'(?m)^', 'a\nb\n'))
print(re.sub(r'(?m)^', '> ', 'line1\nline2'), re.sub(r'(?m)\s+$', '', 'a  \nb \n'))
print(re.match(r'.*', 'ab\ncd').group(), re.match(r'.*', 'ab\ncd', re.DOTALL).group())
print(re.split(r'(?m)^-+$\n', 'a\n---\nb\n--\nc'))
print(re.findall(r'(?ms)^begin.*?end$', 'begin\n1\nend\nbegin 2 end\n'))
print(re.findall(r'.', '\r\u2028\x85\n'))
