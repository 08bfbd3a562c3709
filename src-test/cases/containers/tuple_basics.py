t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[::-1])
print((), (1,), (1))
print(t + (4,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9))
print(t.index("two"), (1, 1, 2).count(1))
try:
    t[0] = 5
except TypeError as e:
    print(e)
a = 1, 2
print(type(a).__name__, a)
