def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in naturals():
    out.append(v)
    if len(out) == 5:
        break
print(out)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
