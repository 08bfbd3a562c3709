# Digits of pi by the unbounded spigot algorithm (Gibbons), in the spirit of the classic
# "pidigits" benchmark: big-integer multiply, add, floor division and divmod on numbers of
# thousands of digits. Prints every 500th digit group and a checksum of all digits.


def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < n * t:
            yield n
            produced += 1
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)


def main():
    digits = list(pi_digits(4500))
    text = "".join(map(str, digits))
    for i in range(0, len(text), 500):
        print(i, text[i:i + 20])
    print("sum", sum(digits), "hash", int(text[-60:]) % 999983)


main()
