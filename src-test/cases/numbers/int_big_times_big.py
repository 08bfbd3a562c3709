a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a + b)
print(a - b)
print(b // a, b % a)
print(a * b // b == a)
print(-a * b)
print(a ** 3)
print(a == 123456789012345678901234567890, a < b, b > a)
