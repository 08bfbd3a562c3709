# BRANCH: ordered alternation, nested groups, group values from the last iteration.
import re

print(re.match(r'a|ab', 'abc').group(), re.match(r'ab|a', 'abc').group(), re.match(r'(?:a|ab)c', 'abc').group())
print(re.findall(r'cat|category|dog', 'category dog cat'), re.findall(r'category|cat|dog', 'category dog cat'))
print(re.match(r'(a|b|c)+', 'abcab').groups(), re.match(r'((a)|(b)|(c))+', 'abca').groups())
print(re.match(r'(?:(a)|(b))*', 'aba').groups(), re.match(r'(?:(a)|(b))*', 'abb').groups())
print(re.match(r'(x)?(?:(y)|z)*', 'yz').groups(), re.match(r'(?:a(b)?)+', 'aba').groups())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.search(r'\b(?:Mon|Tue|Wed)(?:day)?\b', 'on Tuesday or Wed').group())
kw = re.compile(r'\b(?:if|elif|else|for|while|def|class|return)\b')
print(kw.findall('def f(x): return x if x else elif_ while'))
print(re.findall(r'[ab]c|[cd]e|x', 'acdexbc'), re.findall(r'(?i)Ab|cD', 'ab AB cd CD'))
print(re.match(r'(?:)|a', 'a').span(), re.match(r'a|(?:)', 'a').span(), re.fullmatch(r'|a', 'a').span())
