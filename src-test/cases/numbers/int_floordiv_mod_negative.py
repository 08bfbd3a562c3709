# Floor division rounds toward negative infinity; the modulo takes the sign of the divisor.
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10)
print(-(2**70) // 3, -(2**70) % 3)
print((2**70) // -3, (2**70) % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
