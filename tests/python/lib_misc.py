# heapq (CPython's layouts), bisect, string constants, copy/deepcopy,
# os.path, math functions.
import heapq, bisect, string, copy, os, math
h = [5, 1, 8, 3, 2, 9, 7]
heapq.heapify(h)
print(h)
print(heapq.heappop(h), h)
heapq.heappush(h, 0)
print(h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [4, 1, 7, 3]), heapq.nsmallest(2, [4, 1, 7, 3]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 5, 7]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 5), bisect.bisect_right(a, 5))
bisect.insort(a, 4)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 6, key=lambda v: v + 1))
print(string.ascii_letters, string.digits, string.hexdigits, string.capwords("hello big  world"))
print(repr(string.whitespace), string.punctuation)
x = [[1, 2], {"a": [3]}, (4, [5])]
y = copy.deepcopy(x)
y[0].append(9)
y[2][1].append(6)
z = copy.copy(x)
print(x, y, z[0] is x[0], y[0] is x[0])
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
n = Node(1)
n.kids.append(Node(2))
m = copy.deepcopy(n)
m.kids[0].v = 5
print(n.kids[0].v, m.kids[0].v, type(m).__name__)
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b"))
print(os.path.dirname("/a/b"), os.path.split("a/b/c"), os.path.normpath("a//b/../c/."), os.path.isabs("/q"))
print(os.path.exists("nonexistent.file"), os.sep, os.name, type(os.getpid()).__name__)
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20), math.isqrt(99))
print(math.pi, math.e, math.inf, math.log(100, 10), math.log2(8), math.exp(1), math.hypot(3, 4))
print(math.sin(0), math.cos(math.pi), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.fabs(-3))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.isclose(1.0, 1.0 + 1e-10))
print(math.copysign(1, -0.0), math.fmod(7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.trunc(-3.7))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
