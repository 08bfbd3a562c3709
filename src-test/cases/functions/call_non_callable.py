x = 5
s = "abc"
n = None
try:
    x()
except TypeError as e:
    print(e)
try:
    s(1)
except TypeError as e:
    print(e)
try:
    n()
except TypeError as e:
    print(e)
