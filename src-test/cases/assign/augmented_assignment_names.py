n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 4
print(n)
n //= 5
print(n)
n %= 4
print(n)
n **= 10
print(n)
f = 7
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
bits = 0b1100
bits &= 0b1010
print(bits)
bits |= 0b0001
print(bits)
bits ^= 0b1111
print(bits)
bits <<= 3
print(bits)
bits >>= 1
print(bits)
