l = [1]
l.append(l)
print(l, repr(l), str([l]))
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
