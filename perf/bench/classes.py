# Class-heavy code: object creation, method calls, attribute reads and updates.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, ident, x, y):
        self.ident = ident
        self.pos = Vector(x, y)
        self.vel = Vector(ident % 3 - 1, ident % 5 - 2)
        self.hits = 0

    def step(self, size):
        self.pos = self.pos.add(self.vel)
        if self.pos.x < 0 or self.pos.x > size:
            self.vel.x = -self.vel.x
            self.hits += 1
        if self.pos.y < 0 or self.pos.y > size:
            self.vel.y = -self.vel.y
            self.hits += 1


class World:
    def __init__(self, count, size):
        self.size = size
        self.particles = []
        for i in range(count):
            self.particles.append(Particle(i, (i * 7) % size, (i * 13) % size))

    def tick(self):
        for p in self.particles:
            p.step(self.size)

    def energy(self):
        total = 0
        for p in self.particles:
            total += p.vel.dot(p.vel)
        return total


world = World(1000, 100)
for _ in range(600):
    world.tick()
hits = 0
xsum = 0
for p in world.particles:
    hits += p.hits
    xsum += p.pos.x * 3 + p.pos.y
print("hits:", hits, "energy:", world.energy(), "checksum:", xsum)
