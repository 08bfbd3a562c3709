# VERBOSE patterns: whitespace and comments ignored, escaped spaces and classes kept.
import re

number = re.compile(r'''
    (?P<sign>[-+])?      # optional sign
    (?P<int>\d+)         # integer part
    (?: \. (?P<frac>\d*) )?  # fraction
    (?: [eE] (?P<exp>[-+]?\d+) )?
''', re.VERBOSE)
for s in ['42', '-3.14', '+2.5e-3', '7.', 'x']:
    m = number.fullmatch(s)
    print(repr(s), m and m.groupdict())
print(re.findall(r'(?x) a \  b [ ] c \# d', 'a bc# d a b c#d'))
print(re.findall(r'''(?x)
    \d+   # digits
    | [a-z]+ # words
''', 'ab12cd 3'))
print(re.compile(r'(?x)a b').pattern, re.compile(r'(?x)a b').flags & re.X)
