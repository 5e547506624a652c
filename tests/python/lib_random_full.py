# random: every method's sequence after a seed equals CPython's (randrange
# with steps, sample's two strategies, choices with weights, gauss's kept
# value, the distributions), getstate/setstate, the error messages.
import random
random.seed(12345)
print(random.random(), random.randint(1, 6), random.randrange(10), random.randrange(5, 50, 5), random.randrange(50, 5, -3), random.randrange(-7, 7))
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.uniform(2.5, 3.5), random.getrandbits(70), random.randbytes(5))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 8), random.sample('abcdefghij', 10), random.sample(range(30), 3), random.sample(range(10**6), 12))
print(random.sample(['r', 'g', 'b'], 5, counts=[3, 2, 1]))
print(random.choices('abc', k=5), random.choices('abc', [1, 5, 1], k=6), random.choices('xyz', cum_weights=[1, 2, 10], k=4))
print(random.gauss(), random.gauss(5, 2), random.gauss(), random.normalvariate(1, 2), random.lognormvariate(0, 1))
print(random.expovariate(2), random.paretovariate(3), random.weibullvariate(1, 2), random.triangular(), random.triangular(1, 5, 4), random.triangular(2, 2, 2))
r = random.Random(7); s = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(s); print(a == [r.random() for _ in range(3)], r.randint(0, 10**30))
r2 = random.Random(3.5); print(r2.random()); r2.seed(-99); print(r2.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0), lambda: random.randrange(1, 10, -1), lambda: random.choice([]), lambda: random.sample(range(3), 4), lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', 2), lambda: random.choices('ab', [0, 0])]:
    try: bad()
    except (ValueError, TypeError, IndexError) as e: print(type(e).__name__, e)
