print(sum([1, 2, 3]), sum([]), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []))
print(sum([1, 2], 10), sum(range(10**6)))
print(sum([2**64, 2**64]))
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
