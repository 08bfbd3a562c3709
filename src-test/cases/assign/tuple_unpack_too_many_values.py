try:
    a, b = 1, 2, 3
except ValueError as e:
    print("caught:", e)
try:
    a, b = [1, 2, 3, 4, 5]
except ValueError as e:
    print("caught:", e)
a, b = 1, 2, 3
print("not reached")
