print(sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(max([1, 5, 3], key=lambda v: -v))
print(min([], default="empty"))
try:
    len(obj=[])
except TypeError as e:
    print(e)
print(int("ff", base=16))
