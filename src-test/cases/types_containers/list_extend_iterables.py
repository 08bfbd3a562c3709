l = []
l.extend('ab'); l.extend((1,)); l.extend(range(2)); l.extend({'k': 1}); l.extend(x for x in [9])
print(l)
