# A property whose getter is a plain Python function runs from the
# dispatch loop (interp.property_get): subclasses redefining it, a
# property replaced on the class, getters that do not take the fast path
# (defaults, closures, generators, builtins), exceptions raised in a
# getter and caught by its caller, recursion through getters, the
# caller's line seen from a getter, and a traceback through one.
import sys


class Node:
    def __init__(self, parent, value):
        self.parent = parent
        self.value = value

    @property
    def depth(self):
        if self.parent is None:
            return 0
        return self.parent.depth + 1

    @property
    def total(self):
        return self.value + (0 if self.parent is None else self.parent.total)


class Leaf(Node):
    @property
    def depth(self):
        return -1


def chain(n):
    node = None
    for i in range(n):
        node = Node(node, i)
    return node


def depths(nodes):
    out = []
    for nd in nodes:
        out.append(nd.depth)
    return out


top = chain(50)
print(top.depth, top.total)
mixed = [top, Leaf(top, 1), top.parent, Leaf(None, 2)] * 3
print(depths(mixed))

# replaced on the class after the sites cached it
Node.depth = property(lambda self: 100)
print(depths(mixed))
Node.depth = property(lambda self, extra=7: extra)
print(depths(mixed))
del Leaf.depth
print(depths(mixed))


def make_closure_prop(k):
    def get(self):
        return k * self.value
    return property(get)


class Odd:
    def __init__(self, value):
        self.value = value

    tripled = make_closure_prop(3)
    kind = property(type)

    @property
    def gen(self):
        yield self.value
        yield self.value + 1

    @property
    def fragile(self):
        return self.missing + 1


o = Odd(5)
for _ in range(3):
    print(o.tripled, o.kind.__name__, list(o.gen))
for i in range(3):
    try:
        print(o.fragile)
    except AttributeError as e:
        print("caught:", e)
    o.missing = i
    print(o.fragile)
    del o.missing


class Where:
    @property
    def line(self):
        return sys._getframe(1).f_lineno


w = Where()
for _ in range(2):
    a = w.line
    b = [0,
         w.line]
    print(a, b)


class Deep:
    @property
    def forever(self):
        return self.forever


try:
    Deep().forever
except RecursionError as e:
    print("RecursionError:", e)


class Rebound:
    @property
    def scaled(self):
        return FACTOR * 2


FACTOR = 1
r = Rebound()
for f in range(4):
    FACTOR = f
    print(r.scaled, end=" ")
print()


class Boom:
    @property
    def value(self):
        return 1 // self.zero

    zero = 0


def outer(b):
    return b.value


print(outer(chain(3)) if False else "last:")
outer(Boom())
