big = 2**53 + 1
print(big == float(big), big > float(big), float(2**53) == 2**53, 10**400 > 1e308, -10**400 < -1e308, 10**400 == float('inf'), 1 < float('nan'), 2**63 == 2.0**63)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(2**100) == hash(float(2**100)))
