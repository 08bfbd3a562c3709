def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), len(m), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes)
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = 65
print(ba, mv.readonly, mv == b'Ayz', list(mv))
mv.release()
check(lambda: mv[0])
check(lambda: memoryview('abc'))
check(lambda: m.__setitem__(0, 1))
with memoryview(b'ab') as m2:
    print(m2.tobytes(), m2.hex())
