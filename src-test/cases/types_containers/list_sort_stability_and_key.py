def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
l.sort(reverse=True)
print(l, sorted('cab'), sorted({3: 'a', 1: 'b'}), sorted([1.5, 1, True, 0.5]), sorted([], reverse=True))
check(lambda: sorted([1, 'a']))
check(lambda: [1, None].sort())
check(lambda: sorted([1], key=5))
check(lambda: [].sort(1))
check(lambda: sorted())
