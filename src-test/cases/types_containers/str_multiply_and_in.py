print('ab' * 3, 'x' in 'xyz', 'xy' in 'axyb', '' in 'a', 'A' in 'abc', 'abc'.__contains__('b'))
