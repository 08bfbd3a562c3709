class C:
    def __init__(self, v):
        self.v = v
    def get(self, plus=0):
        return self.v + plus
c = C(3)
print(c.get())
print(c.get(4))
print(c.get(plus=5))
m = c.get
print(m(1))
print(C.get(c, 2))
