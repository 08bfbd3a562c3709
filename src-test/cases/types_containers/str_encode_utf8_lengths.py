for ch in ('a', 'é', '€', '😀'):
    print(repr(ch), len(ch.encode()), ch.encode(), len(ch.encode('utf-16-le')), len(ch.encode('utf-32-le')))
