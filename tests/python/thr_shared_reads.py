# Threads: two threads read everything they share and write only their
# own objects: module globals, a module's attributes (math.pi, a
# function of the module), class attributes, methods and properties of a
# shared class, builtins, and each assigns its own global and its own
# instances' attributes.  Under --stm the harness's statistics must show
# no conflict: reading a global, a module attribute, a class attribute or
# a method never conflicts with another thread doing the same.
# stm-no-conflicts: 30
import math
import threading

SCALE = 7
own_a = 0
own_b = 0


class Shape:
    sides = 4
    unit = 1.5

    def __init__(self, k):
        self.k = k
        self.total = 0

    @property
    def area(self):
        return self.k * self.unit * Shape.sides

    def grow(self, n):
        self.total += n % SCALE
        return self.total


def helper(x):
    return int(math.floor(x * math.pi)) % 1000


def work(which, n):
    global own_a, own_b
    s = Shape(which)
    acc = 0
    i = 0
    while i < n:
        acc = (acc + helper(i) + s.grow(i) + int(s.area) + len("ab")
               + Shape.sides + abs(-SCALE)) % 1000003
        if which == 0:
            own_a = acc
        else:
            own_b = acc
        i += 1
    outs[which].append(acc)


outs = [[], []]
t = None
# the warm-up creates Shape's maps and every global before the threads
# start (two threads adding the same map transition at once conflict)
work(0, 10)
outs[0].clear()
ts = [threading.Thread(target=work, args=(k, 150000)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(outs, own_a == outs[0][0], own_b == outs[1][0])
