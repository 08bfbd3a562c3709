# The loop variable keeps its last value after the loop.
for i in range(5):
    pass
print(i)
for i in range(100, 90, -3):
    pass
print(i)
# The loop over a list copy does not see appends to the copy's source.
items = [1, 2, 3]
for x in items[:]:
    items.append(x * 10)
print(items)
