def run(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return 1 // 0
    if n == 2:
        return 1 % 0
    if n == 3:
        return 1.0 / 0.0
    if n == 4:
        return 0 ** -1
    return 2**100 // 0

for n in range(6):
    try:
        run(n)
    except ZeroDivisionError as e:
        print(n, e)
