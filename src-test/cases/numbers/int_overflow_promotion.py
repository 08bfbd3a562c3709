# ints never overflow: results past 64 bits promote, and come back when they fit.
big = 9223372036854775807
print(big)
print(big + 1)
print(-big - 1)
print(-big - 2)
print(-2**63 - 1)
print(big * 2)
print((big + 1) - 1)
print(type(big + 1).__name__)
print(2**62 + 2**62)
print(-(-2**63))
print(abs(-2**63))
