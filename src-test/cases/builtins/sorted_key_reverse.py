words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True))
print(sorted([3, 1, 2]), sorted((5, 4)), sorted("cab"), sorted({3: "x", 1: "y"}))
pairs = [("b", 2), ("a", 2), ("c", 1)]
def second(p):
    return p[1]
print(sorted(pairs, key=second))
print(sorted([-5, 3, -1, 2], key=abs))
xs = [3, 1, 2]
ys = sorted(xs)
print(xs, ys)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
