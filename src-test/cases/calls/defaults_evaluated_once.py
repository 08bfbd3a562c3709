def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
n = 5
def f(v=n):
    return v
n = 6
print(f())
