class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

p = Point(1, 2)
print(p)
print(repr(p), str(p))
print([p, Point(3, "a")])
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == "x")
print(len(Bag([1, 2, 3])), bool(Bag([])), bool(Bag([0])))
print("point: " + str(p))
