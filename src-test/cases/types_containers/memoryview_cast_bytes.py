m = memoryview(b'ab').cast('c')
print(m[0], m.tolist(), m.format)
