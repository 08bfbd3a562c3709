# operator, heapq and bisect as used in real programs: sort keys, priority queues, sorted inserts, merges
import operator, heapq, bisect
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print(sorted(rows, key=operator.itemgetter('v', 'n')))
class O:
    def __init__(self, x): self.x = x; self.inner = self
    def m(self, k, scale=1): return self.x * k * scale
print(operator.attrgetter('x')(O(3)), operator.attrgetter('inner.inner.x', 'x')(O(4)), operator.methodcaller('m', 2, scale=10)(O(2)))
print(operator.add(1, 2), operator.neg(3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.getitem('abc', 1), operator.concat([1], [2]))
print(operator.is_(None, None), operator.not_(0), operator.truth([]), operator.index(7), operator.lt(1, 2), operator.length_hint(iter([1, 2]), 9))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.and_(6, 3), operator.xor(6, 3), operator.inv(0))
for f, args in ((operator.itemgetter(5), ([],)), (operator.attrgetter('nope'), (O(1),)), (operator.index, (1.5,)), (operator.add, (1, 'a')), (operator.indexOf, ([1], 2))):
    try:
        f(*args)
    except (IndexError, AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
h = []
for pri, task in [(3, 'low'), (1, 'urgent'), (2, 'mid'), (1, 'also urgent')]:
    heapq.heappush(h, (pri, task))
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
nums = [9, 4, 7, 1, 8, 2]; heapq.heapify(nums); print(nums[0], heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
print(heapq.nsmallest(3, [5, 2, 8, 1, 9]), heapq.nlargest(2, ['aa', 'b', 'cccc'], key=len), heapq.nsmallest(2, [3, 1], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapq.heappush(3, 1)
except TypeError as e:
    print('TypeError', e)
grades = 'FDCBA'
def grade(score, breakpoints=[60, 70, 80, 90]):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
s = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(s, x)
print(s, bisect.bisect_left(s, 1), bisect.bisect_right(s, 1), bisect.bisect_left(s, 4, lo=3), bisect.bisect(s, 10, hi=2))
recs = [('a', 1), ('c', 3), ('e', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1])); bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print('ValueError', e)
