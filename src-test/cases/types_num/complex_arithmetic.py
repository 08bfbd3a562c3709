a, b = 1+2j, 3-4j
print(a + b, a - b, a * b, a / b, a ** 2, -a, +a, abs(b), a.conjugate(), a.real, a.imag)
print(a + 1, 1 + a, a * 2.5, 2 - a, 1 / (1j), a ** 0, 2 ** (1j * 0), (1j) ** -1, a == 1+2j, a != b)
