# findall's result shapes: whole matches, one group, a tuple of groups; unmatched groups as ''.
import re

print(re.findall(r'\d+', 'a1 b22 c'), re.findall(r'(\d)\d*', 'a1 b22 c'))
print(re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall(r'(?:(\w)|(\d))', 'a1'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'((a)b)', 'abab'))
print(re.findall(r'(?P<x>\w)=(?P<y>\w)', 'a=b c=d'))
print(re.findall(r'', 'ab'), re.findall(r'a*', 'baaac'), re.findall(r'a*?', 'aa'))
print(re.findall(r'\b', 'ab cd'), re.findall(r'(?=(\w\w))', 'abcd'))
print(re.findall(rb'(\d)(\w)', b'1a 2b'), re.findall(rb'x', bytearray(b'xax')))
print(re.compile(r'o').findall('foo boo', 2), re.compile(r'o').findall('foo boo', 2, 5))
print(re.findall(r'[aeiou]', 'education', re.I), re.findall('(?i)E', 'eEe'))
print(type(re.findall(rb'a', bytearray(b'a'))[0]).__name__, type(re.findall(rb'a', memoryview(b'a'))[0]).__name__)
