print(list(b'abc'), tuple(b'\x00\xff'), [x + 1 for x in b'\x01\x02'], sum(b'\x01\x02\x03'))
for i, c in enumerate(b'hi'):
    print(i, c)
