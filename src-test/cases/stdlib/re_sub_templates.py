# sub / subn with string templates: \1, \g<name>, \g<0>, escapes, count; literal replacements.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1 b=2'))
print(re.sub(r'\d+', r'<\g<0>>', 'a1b22c333'), re.sub(r'\d', r'\\', 'a1b'))
print(re.sub(r'x', r'\n\t|', 'axb'), re.sub(r'x', '\\\\n', 'axb'))
print(re.subn(r'o', '0', 'foo boo'), re.subn(r'o', '0', 'foo boo', count=2), re.subn(r'z', '0', 'foo'))
print(re.sub(r'o', '0', 'foo boo', 1), re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'))
print(re.sub(r'(a)|(b)', r'[\1\2]', 'abc'))
print(re.sub(r'(?P<a>a)', r'\g<1>\g<a>', 'xa'), re.sub(r'a', r'\g<0>\g<0>', 'banana'))
print(re.compile(r'\s+').sub(' ', '  lots   of\t\nspace  '))
print(re.sub(r'(\d)(?=(\d{3})+\b)', r'\1,', '1234567 and 1000'))
for bad in [r'\3', r'\g<x>', r'\g<1', r'\g<-1>', '\\']:
    try:
        re.sub(r'(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub(b'a', b'\\n', b'cab'), re.sub(rb'(a)', rb'[\1]', b'aba'))
print(re.escape('a.b*c'), re.sub(re.escape('1+1'), '2', 'is 1+1?'))
print(re.sub(r'a', 'x', 'aaa', flags=re.I), re.sub('A', 'x', 'aAa', 0, re.I))
