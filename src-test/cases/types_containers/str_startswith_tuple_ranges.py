s = 'pyston'
print(s.startswith(('a', 'py')), s.startswith('st', 2), s.startswith('st', 2, 3), s.endswith(('on', 'x'), 0, 6), s.endswith('to', 0, -1))
