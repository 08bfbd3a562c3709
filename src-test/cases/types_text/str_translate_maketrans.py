def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcd-abcd'.translate(t))
print('hello'.translate({ord('l'): None, ord('h'): 'J'}), 'abc'.translate({97: 65}), str.maketrans({'a': 'b', 98: None}))
check(lambda: str.maketrans('ab', 'c'))
check(lambda: str.maketrans(1))
check(lambda: str.maketrans({'ab': 1}))
check(lambda: 'a'.translate({97: 1.5}))
