def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip(), b'xxhixx'.strip(b'x'), b'\t\n hi \x0b'.strip())
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'='), b'abc'.rpartition(b'='))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'), b'x'.removesuffix(b''))
check(lambda: b'a'.partition(b''))
check(lambda: b'a'.strip('a'))
