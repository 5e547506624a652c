# Instances start with room for the slots of the largest attribute shape
# their class reached (W_Type.slot_hint): every way an attribute is added
# into that room must still move the instance to the right shape.  A
# first instance grows the room; later ones add their attributes in
# another order, fewer of them, through one cached STORE_ATTR site (the
# cache's transition entry), through setattr, after a __dict__ or
# __class__ change, and past the room.


class P:
    pass


def fill(o, names):
    for i, n in enumerate(names):
        setattr(o, n, i)
    return o


def shape(o):
    return sorted(vars(o).items())


big = fill(P(), ["a", "b", "c", "d", "e", "f"])
print(shape(big))

small = P()
small.a = 1
print(shape(small), hasattr(small, "b"), getattr(small, "f", "none"))

rev = fill(P(), ["f", "e", "d", "c", "b", "a"])
print(shape(rev), rev.a, rev.f)


def site(o, v):
    o.x = v          # one STORE_ATTR site: a transition, then a plain store
    return o


objs = [site(P(), i) for i in range(5)]
for o in objs:
    site(o, o.x + 10)
print([o.x for o in objs], [shape(o) for o in objs[:2]])

more = fill(P(), ["a", "b", "c", "d", "e", "f", "g", "h", "i"])
print(shape(more), more.i)
fresh = P()
fresh.i = 9
fresh.a = 0
print(shape(fresh))

d = P()
d.a = 1
d.__dict__["b"] = 2
d.c = 3
print(shape(d), d.b)


class Q:
    pass


q = fill(P(), ["a", "b"])
q.__class__ = Q
q.c = 3
print(type(q).__name__, shape(q))
back = Q()
back.z = 1
print(shape(back))

try:
    print(small.b)
except AttributeError as e:
    print("AttributeError", e)
del rev.c
print(shape(rev), hasattr(rev, "c"))
