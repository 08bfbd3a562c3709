# heapq and bisect on our _heapq/_bisect: heap order after each operation, max-heap helpers, key=, errors
import heapq, bisect, _heapq, _bisect
print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6, 4]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
print(heapq.heapreplace(h, 10), h, heapq.heappushpop(h, 1), heapq.heappushpop(h, 11), h)
data = [(i * 7919) % 101 for i in range(60)]
heapq.heapify(data); print(data)
heapq._heapify_max(data); print(data[:10], heapq._heappop_max(data), heapq._heapreplace_max(data, 50), data[:5])
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, 'hello'), list(heapq.merge([1, 4, 9], [2, 3, 10])))
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(5), lambda: heapq.heappush([1, 'a'], 2),
          lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.bisect([1]), lambda: bisect.insort(None, 1), lambda: bisect.bisect([1, 2], 1, 0, 1, 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)], bisect.bisect(a, 2, 2, 4), bisect.bisect_left(a, 2, hi=2))
b = []; [bisect.insort(b, x) for x in [5, 1, 4, 1, 3]]; print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
class L(list):
    def insert(self, i, x): print('insert', i, x); super().insert(i, x)
l = L([1, 3]); bisect.insort_left(l, 2); print(l)
