# A small ray tracer in the spirit of the classic "raytrace" benchmark: vector classes with
# operator overloading (__add__, __sub__, __mul__, __rmul__), spheres and planes, Lambert and
# specular shading with shadows and reflections. Renders a small image and prints a checksum of
# the quantised pixels.
import math

EPSILON = 1e-5


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def normalized(self):
        return self * (1.0 / self.magnitude())

    def reflect_through(self, normal):
        return self - normal * (2 * self.dot(normal))


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector * t


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        cos = ray.vector.dot(self.normal)
        if abs(cos) < EPSILON:
            return None
        return (self.point - ray.point).dot(self.normal) / cos

    def normal_at(self, p):
        return self.normal


class Surface:
    def __init__(self, base, specular, lambert, ambient, checker=None):
        self.base = base
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient
        self.checker = checker

    def base_colour_at(self, p):
        if self.checker is None:
            return self.base
        cx = math.floor(p.x + 1000.0)
        cz = math.floor(p.z + 1000.0)
        return self.base if (cx + cz) % 2 == 0 else self.checker

    def colour_at(self, scene, ray, p, normal, depth):
        b = self.base_colour_at(p)
        c = Vector(0.0, 0.0, 0.0)
        if self.specular > 0 and depth < 3:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            c = c + scene.ray_colour(reflected, depth + 1) * self.specular
        if self.lambert > 0:
            lam = 0.0
            for light in scene.lights:
                to_light = light - p
                if scene.visible(p, to_light):
                    contribution = to_light.normalized().dot(normal)
                    if contribution > 0:
                        lam += contribution
            lam = min(1.0, lam)
            c = c + Vector(b.x * lam, b.y * lam, b.z * lam) * self.lambert
        c = c + b * self.ambient
        return c


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def first_hit(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON and (best is None or t < best[0]):
                best = (t, obj, surface)
        return best

    def visible(self, p, to_light):
        hit = self.first_hit(Ray(p, to_light))
        return hit is None or hit[0] > to_light.magnitude()

    def ray_colour(self, ray, depth=0):
        hit = self.first_hit(ray)
        if hit is None:
            return Vector(0.1, 0.1, 0.15)
        t, obj, surface = hit
        p = ray.point_at(t)
        return surface.colour_at(self, ray, p, obj.normal_at(p), depth)

    def render(self, width, height, eye, look_at, fov=45.0):
        forward = (look_at - eye).normalized()
        right = Vector(forward.z, 0.0, -forward.x).normalized()
        up = Vector(0.0, 1.0, 0.0)
        half = math.tan(math.radians(fov) / 2)
        pixels = []
        for y in range(height):
            yy = (1 - 2 * (y + 0.5) / height) * half
            for x in range(width):
                xx = (2 * (x + 0.5) / width - 1) * half * width / height
                direction = forward + right * xx + up * yy
                c = self.ray_colour(Ray(eye, direction))
                pixels.append((min(255, int(c.x * 255)), min(255, int(c.y * 255)),
                               min(255, int(c.z * 255))))
        return pixels


def main():
    scene = Scene()
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0), Surface(Vector(1.0, 1.0, 0.0), 0.2, 0.6, 0.2))
    for i in range(6):
        scene.add(Sphere(Vector(-3.0 + i * 1.4, 0.5 + i * 0.3, -7.0 - i), 0.5 + 0.1 * i),
                  Surface(Vector(0.3 * i % 1.0, 0.5, 1.0 - 0.1 * i), 0.3, 0.6, 0.1))
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0)),
              Surface(Vector(1.0, 1.0, 1.0), 0.1, 0.8, 0.1, Vector(0.0, 0.0, 0.0)))
    pixels = scene.render(280, 190, Vector(0.0, 1.8, 10.0), Vector(0.0, 3.0, 0.0))
    checksum = 0
    for r, g, b in pixels:
        checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 1000000007
    print("pixels", len(pixels), "checksum", checksum, "corner", pixels[0], "centre", pixels[len(pixels) // 2])


main()
