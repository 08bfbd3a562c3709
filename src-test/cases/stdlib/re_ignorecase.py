# IGNORECASE on ASCII and Unicode: LITERAL/IN/RANGE *_IGNORE opcodes and the special cases.
import re

print(re.findall(r'(?i)hello', 'Hello HELLO hElLo'))
print(re.findall(r'(?i)[a-c]+', 'xAbCy'), re.findall(r'(?i)[^a-c]+', 'xAbCy'))
print(re.findall(r'(?i)k', 'k K \u212a'), re.findall(r'(?ia)k', 'k K \u212a'))
print(re.findall(r'(?i)s', 's S \u017f'), re.findall(r'(?ia)s', 's S \u017f'))
print(re.findall(r'(?i)\u017f', 's S \u017f'), re.findall(r'(?i)[\u017f]', 's S \u017f'))
print(re.findall(r'(?i)\u00df', '\u00df \u1e9e SS ss'), re.findall(r'(?i)\u1e9e', '\u00df \u1e9e'))
print(re.findall(r'(?i)\u03c3', '\u03a3 \u03c3 \u03c2'), re.findall(r'(?i)[\u03c2]', '\u03a3 \u03c3 \u03c2'))
print(re.findall(r'(?i)[\u0400-\u040f]', '\u0400\u0450\u0451a'))
print(re.findall(r'(?i)\u0130', 'i I \u0130 \u0131'), re.findall(r'(?i)i', 'i I \u0130 \u0131'))
print(re.findall(r'(?i)[k-m]', 'K\u212aL'), re.findall(r'(?i)[^k]', 'K\u212aL'))
print(re.match(r'(?i)\w+', '\u00c9t\u00c9').group(), re.match(r'(?i)[\u00e0-\u00ff]+', '\u00c0\u00e0\u00ff\u0178').group())
print(re.fullmatch(r'(?i)abc', 'ABC').span(), re.fullmatch(r'abc', 'ABC', re.IGNORECASE).span())
print(re.findall(r'(?i)[^\W\d]+', 'Ab1\u00c9z'))
print(re.findall(rb'(?i)[a-z]+', b'AbC\xc9\xe9'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(r'(?i)x*', 'xXa'), re.findall(r'(?i)[xy]*?a', 'xYa'))
print(re.compile('a', re.I).flags, re.compile('a', re.I | re.A).flags, re.compile(b'a', re.I).flags)
