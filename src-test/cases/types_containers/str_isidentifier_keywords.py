for s in ('abc', '_', '1a', 'a-b', 'class', 'é', 'a b', '', 'ℕ'):
    print(repr(s), s.isidentifier())
