def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 9, 10, 1000]:
    print(n, classify(n))

# Truthiness of conditions
for v in [0, 1, "", "a", [], [0], None, 0.0, -1]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
