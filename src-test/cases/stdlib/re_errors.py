# Errors: type mismatches and bad arguments from _sre, re.error from the parser.
import re

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: re.match('a', b'a'))
show(lambda: re.match(b'a', 'a'))
show(lambda: re.match('a', 1))
show(lambda: re.compile('a').search(None))
show(lambda: re.compile('a').match(['a']))
show(lambda: re.sub('a', 'b', 5))
show(lambda: re.compile('a').match('a', 'x'))
show(lambda: re.compile('a').match('a', 1.5))
show(lambda: re.compile('a').match())
show(lambda: re.compile('a').match('a', 0, 1, 2))
show(lambda: re.compile('a').match('a', bogus=1))
show(lambda: re.compile('(a)').match('a').group(2))
show(lambda: re.compile('(a)').match('a').span('n'))
show(lambda: re.compile('a', re.I).pattern)
show(lambda: re.compile(re.compile('a'), re.I))
show(lambda: re.compile(1))
for pat in ['(', ')', 'a**', '[a', '(?P<1>a)', '(?P<n>a)(?P<n>b)', r'\p', 'a{2,1}', '(?<=a*)b',
            '(?z)', '*a', r'\8', '(?P=x)', 'x{99999999999}', '[z-a]', '(?i', '(?#abc']:
    try:
        re.compile(pat)
        print('compiled', pat)
    except re.error as e:
        print('re.error:', e, '| pos', e.pos, '| msg', e.msg, '| pattern', e.pattern)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    re.compile('a\n(\nb', re.X)
except re.error as e:
    print(e, e.lineno, e.colno)
print(re.error.__name__, issubclass(re.error, Exception), re.error is re.PatternError if hasattr(re, 'PatternError') else True)
