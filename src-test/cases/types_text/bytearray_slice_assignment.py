def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

ba = bytearray(b'0123456789')
ba[2:5] = b'ab'
print(ba)
ba[::2] = b'ABCDE'[:len(ba[::2])]
print(ba)
del ba[1:3]
print(ba)
del ba[::3]
print(ba)
ba[0:0] = [120, 121]
print(ba)
ba[:] = b''
print(ba)
def f():
    ba2 = bytearray(b'abcdef')
    ba2[::2] = b'xy'
check(f)
