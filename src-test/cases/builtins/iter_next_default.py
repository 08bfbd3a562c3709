it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "done"))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = iter({"k": 1})
print(next(d))
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
