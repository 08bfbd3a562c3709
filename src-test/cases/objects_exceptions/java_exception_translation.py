import sys
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("RecursionError", e)
try:
    [1] * (10 ** 12)
except MemoryError as e:
    print("MemoryError")
except OverflowError as e:
    print("OverflowError", e)
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    [][5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
