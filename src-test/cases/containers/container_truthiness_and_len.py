for c in [[], [0], (), (None,), {}, {"": 0}, set(), {0}, "", " "]:
    print(repr(c), len(c), bool(c))
