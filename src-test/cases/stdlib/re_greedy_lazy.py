# Greedy and lazy quantifiers (REPEAT_ONE, MIN_REPEAT_ONE, REPEAT + MAX_UNTIL / MIN_UNTIL).
import re

s = '<a><bb><ccc>'
for pat in [r'<.*>', r'<.*?>', r'<.+>', r'<.+?>', r'<\w{1,2}>', r'<\w{2,}?>', r'<\w??>',
            r'<\w?>', r'(?:<\w+>)*', r'(?:<\w+>)*?$', r'(?:<\w+>){2}', r'(?:<\w+>){1,2}?',
            r'(<\w+>)+', r'(<\w+>)+?', r'(?:a|bb|ccc|<|>)+', r'(?:a|bb|ccc|<|>)+?<c']:
    m = re.search(pat, s)
    print(pat.ljust(22), m and (m.group(), m.groups()))

print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{,2}', 'aaaaa'))
print(re.findall(r'a{2,3}?', 'aaaaaaa'), re.findall(r'(?:ab){2,}', 'abababxabab'))
print(re.match(r'(a+)(a+)', 'aaaa').groups(), re.match(r'(a+?)(a+)', 'aaaa').groups())
print(re.match(r'(a*?)(a*?)$', 'aaa').groups(), re.match(r'(a*)(a*)', 'aaa').groups())
print(re.match(r'(?:(\d)|x)*', '1x2xx').groups(), re.match(r'(?:(\d)|x)*?y', '1x2xxy').groups())
print(re.match(r'x{3}', 'xxxx').group(), re.match(r'x{3}?', 'xxxx').group(), re.match(r'x{0}', 'xx').span())
print(re.match(r'(ab|a)*?b', 'ababab').group(), re.match(r'(ab|a)*b', 'ababab').group())
print(re.fullmatch(r'(?:a|ab)(?:c|bcd)(d*)', 'abcd').groups())
print(re.match(r'.*?c', 'abcabc').group(), re.match(r'.*c', 'abcabc').group())
print(re.match(r'[^,]*,', 'x,y,z').group(), re.match(r'(?:[^,]+,)+', 'x,y,z').group())
