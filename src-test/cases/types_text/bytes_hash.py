def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), len({b'a', b'a', b'b'}))
d = {b'k': 1}
print(d[b'k'])
check(lambda: hash(bytearray(b'x')))
