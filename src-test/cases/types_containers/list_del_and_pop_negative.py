l = list(range(6))
del l[-1]
del l[0]
print(l, l.pop(-2), l, l.pop(1), l)
