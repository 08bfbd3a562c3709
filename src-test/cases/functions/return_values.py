def no_return():
    x = 1

def bare_return():
    return

def early(n):
    if n > 0:
        return "positive"
    return "not positive"

def pair():
    return 1, 2

print(no_return())
print(bare_return())
print(early(5), early(-5))
print(pair())
a, b = pair()
print(a + b)
