# Sorting and min/max use __lt__ only; mixing types without comparisons fails with TypeError.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("0.9.1")]
print(sorted(vs), min(vs), max(vs))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print(e)
try:
    sorted([Version("1.0"), 3])
except TypeError as e:
    print(e)
