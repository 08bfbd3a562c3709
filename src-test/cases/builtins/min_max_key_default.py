print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 8, 2]), max("hello"), min((5,)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None))
def const(x):
    return 0
print(max([1, 3, 3, 2], key=const), min([4, 5], key=const))
print(max(-3, 2, key=abs), min(-3, 2, key=abs))
print(max([(1, "b"), (1, "a"), (0, "z")]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(1, "a")
except TypeError as e:
    print(e)
