def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

values = []
for i in range(15):
    values.append(fib(i))
print(values)
print(fib(25))
