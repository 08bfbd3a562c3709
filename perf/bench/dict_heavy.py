# Dict-heavy code: int and str keys, insertion, lookup, deletion, iteration over items, setdefault.
def run(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    s = 0
    for i in range(0, n, 3):
        s += d[i]
    for i in range(0, n, 2):
        del d[i]
    names = {}
    for k, v in d.items():
        key = "k" + str(k % 1000)
        names.setdefault(key, []).append(v)
    groups = 0
    for key in names:
        if key in names:
            groups += len(names[key])
    inv = {v: k for k, v in d.items()}
    return s + groups + len(inv) + sum(1 for k in d if k in inv)

total = 0
for rep in range(5):
    total += run(200000)
print("checksum:", total)
