x = 5
try:
    x()
except TypeError as e:
    print(e)
try:
    s = "abc"
    s(1)
except TypeError as e:
    print(e)
