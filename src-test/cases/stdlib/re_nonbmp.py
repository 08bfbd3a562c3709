# Subjects and patterns with characters outside the BMP: positions count code points.
import re

s = 'a\U0001F600b\U0001F601\U0001F602c'
print(re.search('b', s).span(), re.search('\U0001F601+', s).span(), re.search('c', s).start())
print(re.findall('.', s), len(re.findall('.', s)), re.findall(r'\W', s))
print(re.sub('\U0001F600', 'X', s), re.split('[\U0001F601\U0001F602]', s))
print([m.span() for m in re.finditer(r'[^\w]', s)])
m = re.match(r'(.)(.)(.)', s)
print(m.groups(), m.span(2), repr(m))
print(re.search(r'(?<=\U0001F600)b', s).span(), re.fullmatch(r'.{6}', s) is not None)
print(re.compile('c').search(s, 5).span(), re.compile('.').findall(s, 2, 4))
print(re.findall(r'(?i)\U00010400', '\U00010400\U00010428'), re.findall(r'\U0001d7ce', '\U0001d7ce'), re.findall(r'\d', '\U0001d7ce1'))
print(re.sub(r'(.)', r'[\1]', '\U0001F600x'))
