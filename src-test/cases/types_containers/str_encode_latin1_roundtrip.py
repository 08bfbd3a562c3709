s = ''.join(chr(i) for i in range(256))
b = s.encode('latin-1')
print(len(b), b[:5], b[-3:], b.decode('latin-1') == s)
