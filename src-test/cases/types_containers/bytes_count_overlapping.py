print(b'aaaa'.count(b'aa'), b'abab'.count(b'ab', 1), b'abc'.count(b'', 1, 2), b'xyz'.count(ord('y')))
