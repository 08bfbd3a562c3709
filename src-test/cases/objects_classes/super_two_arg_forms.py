class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A"

class B(A):
    def __init__(self, x, y):
        super(B, self).__init__(x)
        self.y = y
    def who(self):
        return "B>" + super(B, self).who()

class C(B):
    def who(self):
        return "C>" + super(C, self).who()

c = C(1, 2)
print(c.x, c.y, c.who())
print(super(B, c).who())
print(super(C, c).who())
