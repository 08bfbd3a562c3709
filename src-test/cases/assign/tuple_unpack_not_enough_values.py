try:
    a, b, c = 1, 2
except ValueError as e:
    print("caught:", e)
try:
    a, b = "x"
except ValueError as e:
    print("caught:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("caught:", e)
x, y, z = [1, 2]
