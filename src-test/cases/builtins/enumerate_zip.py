for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("xy", start=10):
    print(i, ch)
print(list(enumerate([5, 6], 1)))
for a, b in zip([1, 2, 3], "abcd"):
    print(a, b)
print(list(zip()), list(zip([1, 2], [3, 4], [5, 6])))
names = ["ann", "bob"]
ages = [31, 42]
print(dict(zip(names, ages)))
