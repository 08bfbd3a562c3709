def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'hello world hello'
print(b.find(b'hello'), b.find(b'hello', 1), b.rfind(b'hello'), b.find(b'zz'), b.find(111), b.find(b'o', 5, 8))
print(b.index(b'world'), b.rindex(b'l'), b.count(b'l'), b.count(b'hello'), b.count(b''), b.count(108, 0, 5))
check(lambda: b.index(b'zz'))
check(lambda: b.rindex(b'zz'))
check(lambda: b.find('h'))
check(lambda: b.count(300))
