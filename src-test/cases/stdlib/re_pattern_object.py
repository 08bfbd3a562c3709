# re.Pattern: repr with flags, attributes, equality and hashing, copy, generic alias, type names.
import re, copy

print(repr(re.compile('a+')), repr(re.compile('a+', re.IGNORECASE)))
print(repr(re.compile('a', re.I | re.M | re.S | re.X)), repr(re.compile(b'a', re.I)))
print(repr(re.compile('a', re.A)), repr(re.compile('a', re.U)), repr(re.compile(b'a', re.L | re.I)))
print(repr(re.compile("it's")), repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))))
p = re.compile(r'(?P<a>x)(y)(?P<b>z)?', re.M)
print(p.pattern, p.flags, p.groups, dict(p.groupindex), sorted(p.groupindex))
print(p == re.compile(r'(?P<a>x)(y)(?P<b>z)?', re.M), p != re.compile(r'(?P<a>x)(y)(?P<b>z)?'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile(b'a'), re.compile('a') == 'a')
print(hash(re.compile('ab')) == hash(re.compile('ab')), len({re.compile('q'), re.compile('q')}))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(type(p), type(p).__name__, type(p).__module__, re.Pattern is type(p))
print(re.Pattern[str], re.Match[bytes])
print(isinstance(p, re.Pattern), re.compile(p) is p, re.compile('abc') is re.compile('abc'))
import pickle
q = pickle.loads(pickle.dumps(p))
print(q == p, q.pattern)
try:
    p.pattern = 'x'
except AttributeError as e:
    print('AttributeError')
