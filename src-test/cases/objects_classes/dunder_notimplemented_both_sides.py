# When both operands return NotImplemented the operator raises TypeError; == falls back to identity.
class A:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented
    def __repr__(self):
        return "A()"
a, b = A(), A()
for op in [lambda: a + b, lambda: a + 1, lambda: 1 + a, lambda: a < b, lambda: a > 1, lambda: a <= a]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)
print(a == a, a == b, a != b, a == 1)
class B:
    def __radd__(self, other):
        return "B.__radd__"
    def __gt__(self, other):
        return "B.__gt__"
print(a + B(), a < B())
