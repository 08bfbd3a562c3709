try:
    len(5)
except TypeError as e:
    print(e)
try:
    key = "a"
    [1, 2][key]
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
