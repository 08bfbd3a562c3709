for b in (b'\xc0\x80', b'\xe0\x80\x80', b'\xf4\x90\x80\x80', b'\xf5', b'\xc2'):
    print(b.decode('utf-8', 'replace'), b.decode('utf-8', 'backslashreplace'))
