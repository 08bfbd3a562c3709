def two(a, b):
    return a + b

try:
    two(1)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    two(1, a=3)
except TypeError as e:
    print("TypeError:", e)
print(two(b=1, a=2))
