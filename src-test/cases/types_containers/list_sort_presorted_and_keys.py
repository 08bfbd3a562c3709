# list.sort and sorted on presorted input, input with a few appended items, long unsorted
# input and reverse=True: the result must be stable, and the key function is called exactly
# once per item.


class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __repr__(self):
        return f"{self.k}{self.tag}"


calls = 0


def key(r):
    global calls
    calls += 1
    return r.k


items = [Rec(i // 3, chr(97 + i % 3)) for i in range(30)]
items.sort(key=key)
print(items[:9], calls)
for extra in [(5, "x"), (0, "y"), (9, "z"), (5, "w")]:
    items.append(Rec(*extra))
    items.sort(key=key)
print(items, calls)
items.sort(key=key, reverse=True)
print(items[:8])

seq = [(i * 7919) % 101 for i in range(300)]
s1 = sorted(seq)
print(s1[:10], s1[-5:], s1 == sorted(s1))
pairs = sorted([(v % 5, i) for i, v in enumerate(seq)], key=lambda p: p[0])
print(pairs[:6], all(pairs[i][1] < pairs[i + 1][1] for i in range(len(pairs) - 1) if pairs[i][0] == pairs[i + 1][0]))
nearly = list(range(100)) + [50, 3, 99]
nearly.sort()
print(nearly[:6], nearly[-4:])
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], key=len), sorted([1]))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
