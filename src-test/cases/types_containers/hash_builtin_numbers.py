def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61 - 2), hash(2**62), hash(-(2**62)), hash(1.5), hash(-1.5), hash(0.0), hash(-0.0), hash(1e-300) == hash(1e-300), hash(float('-inf')))
print(hash(True), hash(False), hash(10**20), hash(-10**20), hash(12345678901234567890.0), hash(0.1))
check(lambda: hash([]))
check(lambda: hash({}))
check(lambda: hash(set()))
