def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(fact(20))
print(fact(21))
print(fact(30))
print(fact(30) // fact(28))
print(fact(30) % 1000007)
