# Chaos game in the spirit of the classic "chaos" benchmark: a fractal drawn by iterating random
# affine maps, with the points then bent along a cubic B-spline. Exercises small float classes,
# random.random/randrange with a fixed seed, list indexing, min/max, and rounding to a pixel grid.
# Prints a checksum of the pixel grid.
import random


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Spline:
    """A uniform cubic B-spline through control points."""

    def __init__(self, points):
        self.points = points

    def at(self, t):
        n = len(self.points) - 3
        t = t * n
        i = int(t)
        if i >= n:
            i = n - 1
        u = t - i
        p0, p1, p2, p3 = self.points[i:i + 4]
        b0 = (1 - u) ** 3 / 6
        b1 = (3 * u ** 3 - 6 * u ** 2 + 4) / 6
        b2 = (-3 * u ** 3 + 3 * u ** 2 + 3 * u + 1) / 6
        b3 = u ** 3 / 6
        return Point(b0 * p0.x + b1 * p1.x + b2 * p2.x + b3 * p3.x,
                     b0 * p0.y + b1 * p1.y + b2 * p2.y + b3 * p3.y)


class Chaos:
    def __init__(self, maps, spline, size):
        self.maps = maps
        self.weights = [abs(a * d - b * c) for (a, b, c, d, e, f) in maps]
        total = sum(self.weights)
        acc = 0.0
        self.cumulative = []
        for w in self.weights:
            acc += w / total
            self.cumulative.append(acc)
        self.spline = spline
        self.size = size

    def pick(self):
        r = random.random()
        for i, c in enumerate(self.cumulative):
            if r <= c:
                return self.maps[i]
        return self.maps[-1]

    def run(self, iterations):
        grid = [[0] * self.size for _ in range(self.size)]
        x, y = 0.0, 0.0
        for _ in range(iterations):
            a, b, c, d, e, f = self.pick()
            x, y = a * x + b * y + e, c * x + d * y + f
            x = min(1.0, max(0.0, x))
            y = min(1.0, max(0.0, y))
            bent = self.spline.at(x)
            px = int(round((bent.x + y * 0.2) * (self.size - 1) / 1.2))
            py = int(round(bent.y * (self.size - 1)))
            px = min(self.size - 1, max(0, px))
            py = min(self.size - 1, max(0, py))
            grid[py][px] += 1
        return grid


def main():
    random.seed(1234)
    maps = [
        (0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
        (0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
        (0.5, 0.0, 0.0, 0.5, 0.25, 0.5),
        (0.3, -0.2, 0.2, 0.3, 0.4, 0.3),
    ]
    spline = Spline([Point(0.0, 0.0), Point(0.1, 0.4), Point(0.3, 0.6), Point(0.5, 0.5),
                     Point(0.7, 0.7), Point(0.9, 0.9), Point(1.0, 1.0)])
    grid = Chaos(maps, spline, 64).run(250000)
    checksum = 0
    for row in grid:
        for v in row:
            checksum = (checksum * 131 + v) % 1000000007
    print("filled", sum(1 for row in grid for v in row if v), "checksum", checksum,
          "max", max(max(row) for row in grid))


main()
