# Threads: a small ray tracer (vectors as a class with operator
# overloading, spheres and a checkered plane, two point lights with
# shadows, diffuse and specular shading, mirror reflections to depth 3)
# rendering a size x size image.  Worker threads take bands of rows from a
# queue.Queue; each band's pixels go to its own slot.  Prints a digest of
# the 8-bit pixels.  Arguments: THREADS SIZE.
#
# bench-threads
# bench-size: 200
# bench-quick: 30
# expect: mt_raytrace 200x200: mean 98 111 127, digest 1969885139
# expect-quick: mt_raytrace 30x30: mean 98 111 126, digest 870148945
import math
import queue
import sys
import threading

EPSILON = 1e-6
MAX_DEPTH = 3
ROWS_PER_BAND = 2


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def blend(self, other):
        """Component-wise product (a colour filtered by another)."""
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, reflect):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checkered(Material):
    def __init__(self, colour, other, diffuse, specular, reflect):
        super().__init__(colour, diffuse, specular, reflect)
        self.other = other

    def colour_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.colour
        return self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Distance along the ray to the nearest hit in front, or None."""
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.norm = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.norm)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.norm) / denom
        return t if t > EPSILON else None

    def normal(self, point):
        return self.norm


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Checkered(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.8, 0.2, 0.3)),
            Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.6, 0.25)),
            Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)),
            Sphere(Vec(2.0, 0.8, -1.2), 0.8, Material(Vec(0.3, 0.4, 0.9), 0.5, 0.9, 0.6)),
            Sphere(Vec(0.8, 0.35, 1.6), 0.35, Material(Vec(0.9, 0.8, 0.2), 0.9, 0.4, 0.0)),
        ]
        self.lights = [(Vec(-4.0, 6.0, 5.0), Vec(0.8, 0.8, 0.8)),
                       (Vec(5.0, 4.0, 2.0), Vec(0.5, 0.45, 0.4))]
        self.ambient = 0.08
        self.sky = Vec(0.5, 0.7, 0.95)
        self.eye = Vec(0.0, 2.2, 7.0)
        self.look_at = Vec(0.0, 0.8, 0.0)

    def nearest(self, ray):
        best, best_t = None, math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            fade = 0.5 + 0.5 * ray.direction.y
            return self.sky * fade
        point = ray.at(t)
        normal = obj.normal(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.colour_at(point)
        colour = base * self.ambient
        for position, intensity in self.lights:
            offset = position - point
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            colour = colour + base.blend(intensity) * (material.diffuse * lambert)
            half = (to_light - ray.direction).normalized()
            spec = max(0.0, normal.dot(half))
            spec *= spec                            # spec ** 32 by squaring
            spec *= spec
            spec *= spec
            spec *= spec
            spec *= spec
            colour = colour + intensity * (material.specular * spec)
        if depth < MAX_DEPTH and material.reflect > 0.0:
            d = ray.direction
            mirrored = d - normal * (2.0 * d.dot(normal))
            colour = colour + self.trace(Ray(point, mirrored), depth + 1) * material.reflect
        return colour


def to_byte(channel):
    return max(0, min(255, int(channel * 255.0 + 0.5)))


def render_band(scene, size, first_row):
    forward = (scene.look_at - scene.eye).normalized()
    right = Vec(forward.z, 0.0, -forward.x).normalized() * -1.0
    up = Vec(right.y * forward.z - right.z * forward.y,
             right.z * forward.x - right.x * forward.z,
             right.x * forward.y - right.y * forward.x)
    pixels = []
    for row in range(first_row, min(first_row + ROWS_PER_BAND, size)):
        v = 1.0 - 2.0 * (row + 0.5) / size
        for col in range(size):
            u = 2.0 * (col + 0.5) / size - 1.0
            direction = (forward + right * (u * 0.6) + up * (v * 0.6)).normalized()
            c = scene.trace(Ray(scene.eye, direction), 0)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    scene = Scene()
    bands = list(range(0, size, ROWS_PER_BAND))
    results = [None] * len(bands)
    todo = queue.Queue()
    for index in range(len(bands)):
        todo.put(index)
    for _ in range(nthreads):
        todo.put(None)                              # one stop sign each

    def worker():
        while (index := todo.get()) is not None:
            results[index] = render_band(scene, size, bands[index])

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sums = [0, 0, 0]
    digest = 0
    for band in results:
        for pixel in band:
            for i, channel in enumerate(pixel):
                sums[i] += channel
                digest = (digest * 16777619 ^ channel) & 0xFFFFFFFF
    means = " ".join(str(s // (size * size)) for s in sums)
    print(f"mt_raytrace {size}x{size}: mean {means}, digest {digest}")


if __name__ == "__main__":
    main()
