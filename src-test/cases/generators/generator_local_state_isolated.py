def counter(start):
    while True:
        start += 1
        yield start
a = counter(0)
b = counter(100)
print(next(a), next(b), next(a), next(b))
