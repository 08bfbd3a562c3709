# Back-references (GROUPREF and its IGNORECASE forms) and named references.
import re

print(re.search(r'(\w+) \1', 'the the cat').group())
print(re.findall(r'(\w)\1', 'aabbcdde'))
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\'').group())
print(re.search(r'(?i)(ab)\1', 'xABabx').group(), re.search(r'(ab)\1', 'xABabx'))
print(re.search(r'(?i)(\u00e9)\1', '\u00c9\u00e9').group())
print(re.search(r'(?ia)(\u00e9)\1', '\u00c9\u00e9'))
print(re.match(r'(a)?\1', 'b'), re.match(r'(a)|\1', 'x'))
print(re.match(r'(a*)\1b', 'aaaab').groups())
print(re.match(r'(?:(a)|b)\1', 'aa').group(), re.match(r'(?:(a)|b)\1', 'ba'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home'))
print(re.fullmatch(r'((\w)\w?)\2', 'aba'), re.fullmatch(r'((\w)\w?)\2', 'aa').groups())
print(re.findall(rb'(.)\1', b'aabbcc'))
try:
    re.compile(r'(a)\2')
except re.error as e:
    print('error:', e)
