# `a, b = x, y` with up to three items is compiled without the tuple
# (codegen.assign_in_place): the values are still all evaluated first,
# left to right, then stored left to right, and a store that raises leaves
# the earlier targets assigned.
log = []


class Box:
    def __init__(self, name):
        self.name = name
        self.items = {}

    def __getitem__(self, k):
        log.append(f"get {self.name}[{k}]")
        return self.items.get(k, 0)

    def __setitem__(self, k, v):
        log.append(f"set {self.name}[{k}]={v}")
        if v == "bad":
            raise ValueError(f"cannot store {k}")
        self.items[k] = v


def val(x):
    log.append(f"eval {x}")
    return x


def swap(a, i, j):
    a[i], a[j] = a[j], a[i]
    return a


def rotate(a, b, c):
    a, b, c = c, a, b
    return a, b, c


print(swap([1, 2, 3], 0, 2), swap([1, 2, 3], 1, 1), swap(list("xy"), -1, 0))
print(rotate(1, 2, 3))

b = Box("b")
b[0], b[1] = val(10), val(11)
print(log)
log.clear()
b[0], b[1] = b[1], b[0]
print(log, b.items)
log.clear()

b2 = Box("b2")
b[0], b2[0], b[2] = val("p"), val("q"), val("r")
print(log)
log.clear()

# a failing store: the first target is set, the third is not
x = y = z = None
try:
    x, b[5], z = val(1), val("bad"), val(3)
except ValueError as e:
    print("ValueError", e, x, z, log)
log.clear()

# nested and list targets, a target that is also read by a value
(p, q), [r] = (1, 2), [3]
print(p, q, r)
[m, n] = n2, m2 = 5, 6
print(m, n, n2, m2)
i = 0
data = [10, 20, 30]
i, data[i] = 2, 99
print(i, data)

# what is not turned into swaps: constants, starred, other lengths
c1, c2 = 1, 2
s1, *s2 = val(7), val(8), val(9)
w1, w2, w3, w4 = val(1), val(2), val(3), val(4)
print(c1, c2, s1, s2, w1, w2, w3, w4, log)
log.clear()
try:
    u1, u2 = val(1), val(2), val(3)
except ValueError as e:
    print("ValueError", e, log)


# a name bound in the enclosing scope and a global
def outer():
    k, g = 1, 2

    def inner():
        nonlocal k
        global G
        k, G = G if "G" in globals() else 0, k
        return k

    inner()
    return k, g


G = 42
print(outer(), G)
# expect: [3, 2, 1] [1, 2, 3] ['y', 'x']
# expect: (3, 1, 2)
# expect: ['eval 10', 'eval 11', 'set b[0]=10', 'set b[1]=11']
# expect: ['get b[1]', 'get b[0]', 'set b[0]=11', 'set b[1]=10'] {0: 11, 1: 10}
# expect: ['eval p', 'eval q', 'eval r', 'set b[0]=p', 'set b2[0]=q', 'set b[2]=r']
# expect: ValueError cannot store 5 1 None ['eval 1', 'eval bad', 'eval 3', 'set b[5]=bad']
# expect: 1 2 3
# expect: 5 6 5 6
# expect: 2 [10, 20, 99]
# expect: 1 2 7 [8, 9] 1 2 3 4 ['eval 7', 'eval 8', 'eval 9', 'eval 1', 'eval 2', 'eval 3', 'eval 4']
# expect: ValueError too many values to unpack (expected 2) ['eval 1', 'eval 2', 'eval 3']
# expect: (42, 2) 1
