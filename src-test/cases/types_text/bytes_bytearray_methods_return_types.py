ba = bytearray(b' a,b ')
for r in (ba.strip(), ba.split(b','), ba.replace(b'a', b'x'), ba.partition(b','), ba.lower(), ba.center(9)):
    print(type(r).__name__, r)
print(type(b'x'.strip()).__name__, bytes(ba) == b' a,b ', bytearray(b'x') + b'y')
