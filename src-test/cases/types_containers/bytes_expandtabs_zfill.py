print(b'a\tb\tc'.expandtabs(), b'ab\tc'.expandtabs(3), b'-12'.zfill(6), b'+3'.zfill(1), b''.zfill(3))
