# bytes patterns on bytes, bytearray and memoryview subjects; byte-specific classes.
import re

p = re.compile(rb'(\w+)=(\d+)')
for subj in [b'a=1 bb=22', bytearray(b'x=9'), memoryview(b'k=7')]:
    m = p.search(subj)
    print(type(subj).__name__, m.groups(), type(m.group(1)).__name__, m.span(), m.string == subj)
print(p.findall(b'a=1 b=2'), p.sub(rb'\2=\1', b'a=1 b=2'), p.subn(b'-', b'a=1 b=2'))
print(p.split(b'x a=1 y'), p.fullmatch(b'a=1').groups())
print(re.findall(rb'[\x80-\xff]+', b'a\x80\xffb\xc3\xa9'), re.findall(rb'.', b'\n\x00'))
print(re.findall(rb'\d\s\w', b'1 a 2\x0bb'), re.findall(rb'(?i)\xc9', b'\xc9\xe9'))
print(re.findall(rb'(?L)\w+', b'ab\xe9 cd'), re.findall(rb'(?Li)[a-c]+', b'AbC'))
print(re.compile(rb'a', re.L).flags, repr(re.compile(rb'a', re.L)))
print(re.match(rb'\x00+', b'\x00\x00a').span(), re.search(rb'\Z', b'ab').span())
m = re.search(rb'(?P<w>b+)', b'abbc')
print(m, m.groupdict(), m[0], m.expand(rb'<\g<w>>'))
print(re.escape(b'a.b'), re.sub(rb'\.', b'!', b'a.b'))
