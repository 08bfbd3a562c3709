print(abs(-5), abs(5), abs(0), abs(-2.5), abs(-0.0), abs(True))
print(abs(-2**100), abs(float("-inf")))
