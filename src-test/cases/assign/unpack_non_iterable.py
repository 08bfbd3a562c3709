try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = None
except TypeError as e:
    print(e)
