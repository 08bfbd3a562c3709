class A:
    kind = "a-kind"
    @property
    def value(self):
        return 10
    @staticmethod
    def st(x):
        return x * 2

class B(A):
    kind = "b-kind"
    @property
    def value(self):
        return super().value + 1
    def show(self):
        return super().kind, self.kind, super().st(4)

b = B()
print(b.value)
print(b.show())
s = super(B, b)
print(s.kind)
try:
    s.nothing
except AttributeError as e:
    print(e)
