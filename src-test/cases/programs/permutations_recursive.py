def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

for p in permutations([1, 2, 3]):
    print(p)
perms = permutations(list("abcd"))
print(len(perms), "".join(perms[0]), "".join(perms[-1]))
strings = []
for p in perms:
    strings.append("".join(p))
print(strings[:6])
print(len(permutations([])), permutations([]))
