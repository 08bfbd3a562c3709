# Rich comparisons reflect: a < b tries b > a; a subclass's reflected method goes first.
class Logged:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        print(f"{self.name}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"{self.name}.__gt__")
        return True
    def __eq__(self, other):
        print(f"{self.name}.__eq__")
        return NotImplemented
    def __ne__(self, other):
        print(f"{self.name}.__ne__")
        return NotImplemented
    def __le__(self, other):
        print(f"{self.name}.__le__")
        return "le"
    def __ge__(self, other):
        print(f"{self.name}.__ge__")
        return "ge"
class Sub(Logged):
    pass
x, y, s = Logged("x"), Logged("y"), Sub("s")
print(x < y)
print(x < s)
print(x == y)
print(x != y)
print(x >= s)
print(3 < x)
print(sorted([Logged("a"), Logged("b")], key=lambda o: o.name)[0].name)
