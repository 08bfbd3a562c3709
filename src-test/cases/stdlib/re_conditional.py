# Conditional patterns (GROUPREF_EXISTS): (?(id)yes|no).
import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(repr(s), m and m.groups())
q = re.compile(r'(?P<open>\()?\d+(?(open)\))')
print(q.findall('(1) 2 (3 4)'), [m.group() for m in q.finditer('(1) 2 (3 4)')])
print(re.match(r'(a)?(?(1)b)c', 'abc').group(), re.match(r'(a)?(?(1)b)c', 'c').group())
print(re.match(r'(a)?(?(1)b|d)', 'd').group(), re.match(r'(a)?(?(1)b|d)', 'ad'))
print(re.match(r'(?:(a)|b)*(?(1)x|y)', 'bay').group() if re.match(r'(?:(a)|b)*(?(1)x|y)', 'bay') else None)
print(re.match(r'(?:(a)|b)*(?(1)x|y)', 'bax').group())
try:
    re.compile(r'(?(2)a|b)(x)')
except re.error as e:
    print('error:', e)
