# Deleting and adding keys during iteration, leaving the size unchanged: CPython notices when the
# iterator finds more entries than the dict had ("dictionary keys changed during iteration").
d = {1: 2, 3: 4}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(sorted(d))

d = dict.fromkeys(range(5))
it = iter(d.items())
print(next(it))
del d[4]
d[9] = None
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)

# replacing values, or deleting then re-adding the same key before it is reached, is fine
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] = d[k] * 10
print(d)
d = {'a': 1, 'b': 2, 'c': 3}
seen = []
for k in d:
    seen.append(k)
    if k == 'a':
        del d['c']
        d['c'] = 30
print(seen, d)
d = {1: 1}
try:
    for k in d.values():
        d.pop(1)
        d[2] = 2
except RuntimeError as e:
    print('RuntimeError', e)
