def count(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1
for v in count(10):
    if v == 4:
        break
    print(v)
print(sum(count(100)))
