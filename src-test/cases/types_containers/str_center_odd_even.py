for w in range(5, 9):
    print(repr('ab'.center(w)), repr('abc'.center(w)), repr('a'.center(w, '*')))
