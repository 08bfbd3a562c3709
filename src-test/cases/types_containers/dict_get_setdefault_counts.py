words = 'a b a c b a'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(counts, groups, sorted(counts, key=counts.get))
