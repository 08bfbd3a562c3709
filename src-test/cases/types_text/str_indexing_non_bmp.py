def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = 'a😀b𝄞c'
print(len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2], list(s), s.find('b'), s.index('𝄞'), s.count('😀'), ord(s[1]), ascii(s))
print(s.upper(), s.center(9, '*'), s.split('b'), s.replace('😀', 'X'), '😀' in s, s.encode('utf-16-le')[:4], len(s.encode()))
check(lambda: s[10])
check(lambda: s['a'])
