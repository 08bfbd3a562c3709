s = 'héllo €𝄞'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'UTF8', 'utf_8'):
    e = s.encode(enc)
    print(enc, e, e.decode(enc) == s)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), 'é'.encode('iso-8859-1'), ''.encode())
