# Lookahead and lookbehind (ASSERT, ASSERT_NOT), positive and negative.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'))
print(re.findall(r'\w+(?!\w|,)', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $12, $3 and 45'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $12, $3 and 45'))
print(re.sub(r'(?<=\d)(?=(?:\d{3})+$)', ',', '1234567'))
print(re.search(r'(?=(\w+))\w', 'hello').groups(), re.search(r'(?!(x))\w', 'hello').groups())
print(re.match(r'(?<=ab)c', 'abc'), re.search(r'(?<=ab)c', 'abc').span())
print(re.search(r'(?<!ab)c', 'abc xbc').span())
print(re.search(r'(?<=(a)b)c', 'abc').groups(), re.search(r'(?<=a|b)c', 'bc').span())
print(re.findall(r'(?:^|(?<=,))\w*', 'a,,b'))
print(re.search(r'foo(?=bar)(?!barbaz)', 'foobarbaz foobarqux').span())
print(re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123'), re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef'))
print(re.match(r'(?!)', 'x'), re.match(r'(?=)', 'x').span())
try:
    re.compile(r'(?<=a+)b')
except re.error as e:
    print('error:', e)
