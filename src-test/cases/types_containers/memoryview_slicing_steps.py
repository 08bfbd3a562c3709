m = memoryview(bytearray(b'0123456789'))
print(m[::2].tobytes(), m[1:8:3].tolist(), m[-3:].tobytes(), len(m[::3]), m[::-1].tobytes())
