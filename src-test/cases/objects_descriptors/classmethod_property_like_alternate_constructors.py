# Alternate constructors with classmethod return instances of the subclass they are called on.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class Birthday(Date):
    pass
print(Date.parse("2024-01-31"), Birthday.parse("1999-12-01"), Birthday(1, 2, 3).parse("5-6-7"))
