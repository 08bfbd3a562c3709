print(sorted([b'b', b'a', b'c']), {b'x': 1}.get(b'x'), b'y' in {b'y'}, max(b'ab', b'b'), [b'a'] * 2)
