print(str(1), str(-1.5), str(True), str(None), str("s"), str([1, "a"]))
print(int("7") + 1, int(7.99), int(-0.5), int("-0"))
print(float("3.25"), float(2), float("-inf"), float("  1e-3 "))
print(bool(1), bool(0.0), bool("False"), bool([[]]), bool())
print(str(), float(), repr(""))
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int("3.5")
except ValueError as e:
    print(e)
