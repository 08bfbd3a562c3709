try:
    {[1, 2]: "x"}
except TypeError as e:
    print(e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print(e)
d = {}
d[[1]] = 2
