# A mix of what scripts use from the standard library and builtins:
# namedtuple as a tuple (bases, slicing, arithmetic), deque rotation, math
# functions and errors, os and time basics, sorting keys, zip/map/filter,
# int/bytes conversions, format mini-language, sets, KeyError's repr,
# generator close() with GeneratorExit.
import math, sys, os, time
from collections import namedtuple, deque
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p._fields, p.__class__.__mro__[1:], Point.__bases__)
x, y = p
print(x, y, p + (3,), p * 2, p.count(1), p.index(2), len(p), p[-1], p[:1])
d = deque(range(5)); d.rotate(2); print(d, d.maxlen, d.popleft(), d.pop(), list(reversed(d)))
print(math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.copysign(1, -0.0), math.fsum([0.1] * 10), math.log2(1024), math.log10(1000), math.inf > 1e308)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
print(type(os.environ).__name__ if False else "env", os.getcwd() == os.path.abspath("."), os.path.join("a", "b"), os.sep)
t0 = time.time(); time.sleep(0.01); print(time.time() - t0 >= 0.01, type(time.perf_counter()).__name__)
print(sys.getrecursionlimit(), sys.argv[0].endswith("probe3.py"), sys.platform, type(sys.stdout).__name__ if False else "")
words = ["apple", "Banana", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), words.index("cherry"))
matrix = [[1, 2], [3, 4]]
print([row[:] for row in matrix] == matrix, [list(c) for c in zip(*matrix)], list(map(sum, matrix)), list(filter(None, [0, 1, 2])))
print(list(enumerate("ab", start=1)), dict.fromkeys("ab", 0), list(reversed(range(3))), range(10)[2:8:2], 5 in range(10))
print(isinstance(True, int), issubclass(bool, int), type(None).__name__, NotImplemented, Ellipsis, ...)
print(int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(2, 'big'), (255).bit_length(), (-1) ** 0.5)
print("{:,}".format(-1234567), "{:_}".format(1234567), "{:x}".format(255), "%5.2e" % 0.000123)
s = set([3, 1, 2]); s.add(5); s.discard(1); print(s, s | {9}, s & {2, 3}, s - {2}, s ^ {3, 7}, frozenset([1]) == {1})
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e.args, str(e))
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("gen exit")
        raise
g = gen(); next(g); g.close()
print(globals()["__name__"], __name__, "__file__" in dir())
