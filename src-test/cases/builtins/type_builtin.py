for v in [1, 1.5, "s", True, None, [1], (1,), {}, set(), range(1), 2**100]:
    print(type(v), type(v).__name__)
print(type(type), type(int) is type, type(3) is int, type(3) == type(4))
class K:
    pass
print(type(K()).__name__, type(K).__name__)
print(int, str, list)
