x = [1, 2, 3]
g = (x for x in x)
x = "changed"
print(list(g))
try:
    (i for i in 5)
except TypeError as e:
    print(e)
