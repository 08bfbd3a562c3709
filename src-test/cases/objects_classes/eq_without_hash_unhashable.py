# Defining __eq__ without __hash__ sets __hash__ to None; subclasses inherit that.
class Point:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
print(Point.__hash__, Point(1) == Point(1), Point(1) != Point(2))
try:
    {Point(1)}
except TypeError as e:
    print(e)
class Sub(Point):
    pass
try:
    hash(Sub(1))
except TypeError as e:
    print(e)
class Hashable(Point):
    def __hash__(self):
        return hash(self.x)
print(len({Hashable(1), Hashable(1), Hashable(2)}))
