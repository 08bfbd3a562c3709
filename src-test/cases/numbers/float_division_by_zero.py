def div(a, b):
    return a / b

def floordiv(a, b):
    return a // b

def mod(a, b):
    return a % b

for op in [div, floordiv, mod]:
    for a, b in [(1, 0), (1.0, 0), (1, 0.0), (2**80, 0)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(op.__name__, a, b, "->", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod ->", e)
