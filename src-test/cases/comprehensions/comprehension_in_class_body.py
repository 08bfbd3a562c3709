class C:
    vals = [i * i for i in range(4)]
    total = sum(vals)
print(C.vals, C.total)
