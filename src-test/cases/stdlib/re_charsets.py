# Character classes: CHARSET bitmaps, BIGCHARSET, RANGE, NEGATE, categories inside sets.
import re

print(re.findall(r'[aeiou]+', 'education is key'), re.findall(r'[^aeiou\s]+', 'education is key'))
print(re.findall(r'[a-cx-z0-2]+', 'abcdxyz0123'), re.findall(r'[-a]+', 'a-b--a'), re.findall(r'[]a]+', 'a]]b'))
print(re.findall(r'[\^x]+', 'x^y'), re.findall(r'[\\\]]+', 'a\\]b'), re.findall(r'[.*+?]+', 'a.*+?b'))
greek = '\u03b1\u03b2\u03b3\u03c9'
cyr = '\u0430\u0431\u0432\u044f'
mix = '[' + greek + cyr + '\u4e00\u4e8c\u4e09\u0101\u0113]+'
print(re.findall(mix, 'x\u03b1\u0430\u4e8cy\u0101\u03b4'))
print(re.findall('[^' + greek + cyr + ']+', 'ab\u03b1cd\u0431e\u03b4'))
print(re.findall(r'[\u0370-\u03ff\u0400-\u04ff]+', 'abc\u03b1\u0436\u4e00'))
print(re.findall(r'[\u2000-\u206f\u3000-\u303f]', 'a\u2014b\u3001c\u3002'))
print(re.findall(r'[\w\-.]+@[\w-]+', 'x a.b-c@ex-1 y'), re.findall(r'[^\d\W]+', 'a1b_2 c'))
print(re.findall(r'[\s\d]+', 'a 1\t2b'), re.findall(r'[^\S\n]+', 'a \t\nb'))
big = ''.join(chr(c) for c in range(0x100, 0x2000, 7))
p = re.compile('[' + big + ']')
print(sum(1 for c in range(0x80, 0x2100) if p.match(chr(c))))
p = re.compile('[^' + big + ']')
print(sum(1 for c in range(0x80, 0x2100) if p.match(chr(c))))
p = re.compile('(?i)[' + big + ']')
print(sum(1 for c in range(0x80, 0x2100) if p.match(chr(c))))
print(re.findall(r'[\U0001F600-\U0001F64F]+', 'hi \U0001F600\U0001F64Fx'))
print(re.findall(r'[^a]', 'ab\U0001F600'), re.findall(r'[a\U0001F600]', 'b\U0001F600a'))
print(re.findall(rb'[\x00-\x1f\x7f-\xff]', b'a\x01\x7f\xfeb'), re.findall(rb'[^\x00-\x7f]+', b'ab\x80\x81c'))
