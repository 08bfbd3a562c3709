def square(x):
    return x * x

def apply(f, value):
    return f(value)

g = square
print(apply(g, 7))
print(g is square)
print(square.__name__)
ops = [square, abs, str]
results = []
for op in ops:
    results.append(op(-3))
print(results)
