d = dict.fromkeys('abcd', 0)
print(d.popitem(), d.popitem(), list(d))
d['z'] = 1
print(d.popitem(), d)
