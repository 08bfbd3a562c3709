# The re module's own API over _sre: flags, escape, purge, compile cache, template deprecation.
import re

print(re.I, re.IGNORECASE | re.M, int(re.X), re.A.value, re.NOFLAG)
print(re.escape('hello world.*'), re.escape('\u00e9-_'), re.escape(b'\x00a.'))
re.purge()
p = re.compile('cache me')
print(re.compile('cache me') is p)
re.purge()
print(re.compile('cache me') == p)
print(re.search('(?i:A)b', 'ab'), re.search('(?i:A)b', 'aB'))
print(re.search('(?-i:a)B', 'aB', re.I).span(), re.search('(?a:\\w)\\w', '\u00e9\u00e9'))
print(re.findall(r'(?u)\w', '\u00e9'), re.compile(r'(?u)\w').flags == re.compile(r'\w').flags)
print(len(re.compile('|'.join('w%d' % i for i in range(300))).findall('w5 w299 w300')))
print(re.compile('(' * 50 + 'a' + ')' * 50).match('a').groups()[-1], re.compile('(' * 50 + 'a' + ')' * 50).groups)
