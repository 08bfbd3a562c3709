# Tight arithmetic loops over ints and floats (~10M iterations in total).
def int_loop(n):
    total = 0
    i = 0
    while i < n:
        total += (i * 3) % 7 - (i // 5)
        i += 1
    return total

def float_loop(n):
    acc = 0.0
    x = 0.5
    for i in range(n):
        acc += x * 1.0001 - i * 0.5
        x = x * 0.999 + 0.25
    return acc

ints = int_loop(5000000)
floats = float_loop(5000000)
print("int checksum:", ints)
print("float checksum:", repr(floats))
