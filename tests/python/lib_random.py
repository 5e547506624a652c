# random reproduces CPython's Mersenne Twister sequence exactly: seeds
# (small, big, negative), random, randint, randrange, choice, choices
# with and without weights, shuffle, sample, uniform, gauss, getrandbits,
# and independent Random instances.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
print(random.sample(range(100), 5), random.sample("abcdefghij", 3))
l = list(range(10))
random.shuffle(l)
print(l, random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1))
print(random.getrandbits(70), random.getrandbits(5), random.randrange(0, 1000, 7))
print(random.choices("abc", k=5), random.choices([1, 2, 3], [1, 5, 10], k=4))
print(random.normalvariate(10, 2), random.expovariate(0.5), random.triangular(0, 10, 2))
random.seed(2 ** 80 + 5)
print(random.random(), random.randrange(10 ** 12))
random.seed(-7)
print(random.random())
r1 = random.Random(123)
r2 = random.Random(123)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
print(r1.random(), random.Random(0).random(), random.Random(2 ** 32).random())
state = r1.getstate()
a = r1.random()
r1.setstate(state)
print(a == r1.random())
print(sorted(random.sample(range(1000), 30))[:5], random.sample(range(50), 50)[:8])
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
