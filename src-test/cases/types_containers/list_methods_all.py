def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-100, -1)
print(l, l.index(2), l.index(2, 2), l.count(1), l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); l.reverse(); print(l, l.copy(), l.copy() is not l)
l.sort(); print(l); l.clear(); print(l, len(l))
check(lambda: [].pop())
check(lambda: [1].pop(5))
check(lambda: [1].remove(2))
check(lambda: [1].index(2))
check(lambda: [1, 2, 3].index(3, 0, 2))
check(lambda: [].insert('a', 1))
