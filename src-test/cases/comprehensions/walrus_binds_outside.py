data = [1, 5, 8, 3]
if any((big := v) > 6 for v in data):
    print("first big", big)
vals = [last := i * 2 for i in range(4)]
print(vals, last)
