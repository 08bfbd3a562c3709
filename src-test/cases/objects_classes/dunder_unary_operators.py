# -x, +x, ~x and abs() dispatch to __neg__, __pos__, __invert__, __abs__.
class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return ~self.x
    def __abs__(self):
        return abs(self.x)
    def __repr__(self):
        return f"V({self.x})"
v = V(-5)
print(-v, +v, ~v, abs(v), -(-v))
class Nothing:
    pass
for f in [lambda: -Nothing(), lambda: +Nothing(), lambda: ~Nothing(), lambda: abs(Nothing())]:
    try:
        f()
    except TypeError as e:
        print(e)
