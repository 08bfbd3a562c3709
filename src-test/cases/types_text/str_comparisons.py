def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('a' < 'b', 'a' < 'B', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'é' > 'z', '😀' > '\uffff', 'A' == 'A', 'a' != 'a', max(['b', 'a', 'c']), sorted(['b', 'B', 'a', 'é']))
check(lambda: 'a' < 1)
check(lambda: 'a' >= None)
