def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'), b'abc'.replace(b'x', b'y'))
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), len(t))
check(lambda: bytes.maketrans(b'ab', b'x'))
check(lambda: b'a'.translate(b'short'))
