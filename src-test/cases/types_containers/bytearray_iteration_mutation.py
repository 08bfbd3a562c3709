ba = bytearray(b'abc')
for i in range(len(ba)):
    ba[i] = ba[i] - 32
print(ba, list(ba), bytes(ba), ba.decode())
