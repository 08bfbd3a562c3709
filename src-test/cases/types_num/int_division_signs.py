for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3)):
    print(a // b, a % b, divmod(a, b), a / b)
