# Float objects in the spirit of the classic "float" benchmark: many small Point objects made with
# math.sin/cos/sqrt, normalised in place, then reduced with a max over attributes. Exercises object
# creation with __slots__-less attributes, float arithmetic, math functions, method calls and
# repr of floats. Prints the reduced point (deterministic IEEE double math).
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main():
    total = 0.0
    for r in range(8):
        p = benchmark(100000)
        total += p.x + p.y + p.z
    print(p)
    print("total %.12f" % total)


main()
