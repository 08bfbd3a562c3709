def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(str(), str(5), str(b'ab'), str(b'ab', 'ascii'), str(object=1.5), str(bytearray(b'x'), 'utf-8'), str([1, 'a']), str((1,)), str({'a': {1}}), str(None))
check(lambda: str(b'\xff', 'utf-8'))
check(lambda: str(1, 'utf-8'))
check(lambda: str('a', 'utf-8'))
print(str(b'\xffa', 'utf-8', 'ignore'), str(b'\xffa', errors='replace'))
