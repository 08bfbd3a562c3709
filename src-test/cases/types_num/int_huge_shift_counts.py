# Left shifts whose result cannot be built: a count beyond a machine word is an OverflowError, a
# smaller one that needs more memory than there is a MemoryError; zero and right shifts of any
# count are fine.
for a, b in [(1 << 100, 1 << 70), (5, 10 ** 30), (1, 1 << 62), (1, 1 << 40), (-3, 1 << 45)]:
    try:
        a << b
        print("ok")
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(0 << (1 << 70), (1 << 100) >> (1 << 70), -5 >> (1 << 70), 1 >> (1 << 40))
print((1 << 20000).bit_length(), (-1 << 1000) >> 999)
try:
    1 << -1
except ValueError as e:
    print(e)
