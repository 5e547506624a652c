# benchmark program bench/python/interp/floatloop.py at a small size (timing line removed)
# args: 500
"""Floating point: an n-body style integration of a few bodies (vectors
as attributes and tuples, square roots, divisions)."""
import sys
import time
import math


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass


def make_bodies():
    pi = math.pi
    solar_mass = 4 * pi * pi
    dpy = 365.24
    return [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass),
        Body(4.84143144246472090e+00, -1.16032004402742839e+00,
             -1.03622044471123109e-01, 1.66007664274403694e-03 * dpy,
             7.69901118419740425e-03 * dpy, -6.90460016972063023e-05 * dpy,
             9.54791938424326609e-04 * solar_mass),
        Body(8.34336671824457987e+00, 4.12479856412430479e+00,
             -4.03523417114321381e-01, -2.76742510726862411e-03 * dpy,
             4.99852801234917238e-03 * dpy, 2.30417297573763929e-05 * dpy,
             2.85885980666130812e-04 * solar_mass),
        Body(1.28943695621391310e+01, -1.51111514016986312e+01,
             -2.23307578892655734e-01, 2.96460137564761618e-03 * dpy,
             2.37847173959480950e-03 * dpy, -2.96589568540237556e-05 * dpy,
             4.36624404335156298e-05 * solar_mass),
        Body(1.53796971148509165e+01, -2.59193146099879641e+01,
             1.79258772950371181e-01, 2.68067772490389322e-03 * dpy,
             1.62824170038242295e-03 * dpy, -9.51592254519715870e-05 * dpy,
             5.15138902046611451e-05 * solar_mass)]


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b.x - c.x
            dy = b.y - c.y
            dz = b.z - c.z
            e -= b.mass * c.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx = b.x - c.x
                dy = b.y - c.y
                dz = b.z - c.z
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                bm = b.mass * mag
                cm = c.mass * mag
                b.vx -= dx * cm
                b.vy -= dy * cm
                b.vz -= dz * cm
                c.vx += dx * bm
                c.vy += dy * bm
                c.vz += dz * bm
        for b in bodies:
            b.x += dt * b.vx
            b.y += dt * b.vy
            b.z += dt * b.vz


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    bodies = make_bodies()
    t0 = time.process_time()
    e0 = energy(bodies)
    advance(bodies, 0.01, steps)
    e1 = energy(bodies)
    elapsed = time.process_time() - t0
    print("floatloop", steps, "steps: %.9f %.9f" % (e0, e1))


main()
