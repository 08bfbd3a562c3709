def v(x):
    print("eval", x)
    return x

print(v(1) < v(2) < v(3))
print("--")
print(v(3) < v(2) < v(1))
print("--")
print(v(1) < v(5) > v(4) == v(4))
print(1 < 2 <= 2 != 3 > 0)
x = 5
print(0 <= x < 10, 0 <= x < 5)
