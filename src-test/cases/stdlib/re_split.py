# split: plain, with groups, maxsplit, empty and zero-width matches.
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'(,)(\s*)', 'a, b'))
print(re.split(r'(?:(,)|(;))', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b,c', 1), re.split(',', 'abc'))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split(r'(?=b)', 'abab'))
print(re.split(r'', 'abc'), re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'\s+', ''), re.split(r'\s+', ' x '))
print(re.split(rb'\s', b'a b\tc'), re.split(rb'(\s)', bytearray(b'a b')))
print(re.compile(r'\d').split('a1b2c3', maxsplit=-1), re.compile(r'\d').split('a1b2c3', 0))
