# Module globals are kept one cell per name and LOAD_GLOBAL/STORE_GLOBAL
# cache the cell: every way of reaching the namespace (globals(), the
# module object, del, global statements, imports, builtins shadowing)
# must still see and change the same values as CPython, also after the
# caches are filled (each function runs several times).
import sys

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read_later():
    return later              # noqa: F821 (created and deleted below)


def call_len():
    return len("abc")


def try_read_later():
    try:
        return read_later()
    except NameError as e:
        return "NameError: " + str(e)


for i in range(3):
    bump()
print("counter", counter, globals()["counter"])

# globals() is the namespace itself: writes through it are seen by the
# cached LOAD_GLOBAL, and STORE_GLOBAL is seen through it
g = globals()
g["counter"] = 100
print("after g[...]", bump(), g["counter"])
g.update(counter=7)
print("after update", bump(), counter)
print("setdefault", g.setdefault("counter", -1), g.setdefault("fresh", 5))
print("get", g.get("counter"), g.get("nothere", "dflt"), "fresh" in g)
print("pop", g.pop("fresh"), "fresh" in g)

# a global that comes and goes
for i in range(3):
    print(try_read_later())
    later = i * 10
    print(read_later(), read_later())
    del later
print(try_read_later())
exec("later = 'via exec'")
print(read_later())
g.pop("later")
print(try_read_later())
g["later"] = "via globals()"
print(read_later())
del g["later"]
print(try_read_later())

# del of a global, then NameError; deleting it again: NameError too


def del_counter():
    global counter
    del counter


del_counter()
try:
    bump()
except NameError as e:
    print("bump:", e)
try:
    del_counter()
except NameError as e:
    print("del again:", e)
counter = 41
print("re-created", bump())

# shadowing a builtin, then deleting the shadow
for i in range(3):
    print("len", call_len())
len = lambda s: 99            # noqa: E731
print("shadowed", call_len(), call_len())
del len
print("unshadowed", call_len(), call_len())
g["len"] = lambda s: -1
print("shadowed via globals()", call_len())
del g["len"]
print("unshadowed again", call_len())

# the module object's attributes are the globals
me = sys.modules[__name__]
print("module attr", me.counter, me.__dict__ is g, vars(me) is g)
me.counter = 500
print("after me.counter", bump(), counter)
setattr(me, "counter", 600)
print("after setattr", bump())
delattr(me, "counter")
print("after delattr", "counter" in g, hasattr(me, "counter"))
try:
    bump()
except NameError as e:
    print("bump:", e)
counter = 0

# import binds names in the namespace
import math as counter        # noqa: E402
print("import binds", type(counter).__name__, counter.floor(2.5))
from math import floor as counter  # noqa: E402,F811
print("from-import binds", counter(3.7))
counter = 1
print("rebound", bump())

# copies, views and comparisons of the namespace see the values
snap = dict(g)
print("copy equal", snap == g, snap["counter"], g.copy()["counter"])
print("views", "counter" in g.keys(), 2 in list(g.values()),
      ("counter", 2) in g.items())
names = [k for k, v in g.items() if k in ("counter", "snap", "me")]
print("items", sorted(names))
bump()
print("copy is a copy", snap["counter"], g["counter"], snap == g)

# many refills of one cache site (a global deleted and re-created on
# every iteration): still right after the site stops being refilled
for i in range(40):
    later = i
    v = read_later()
    del later
    if v != i or try_read_later()[:9] != "NameError":
        print("wrong at", i, v)
print("refills ok")

# exec with a namespace of its own (a plain dict as globals)
ns = {"counter": 5}
code = "def f():\n    global counter\n    counter += 1\n    return counter\n"
exec(code, ns)
print("exec ns", ns["f"](), ns["f"](), ns["counter"], counter)
del ns["counter"]
try:
    ns["f"]()
except NameError as e:
    print("exec ns:", e)
ns["len"] = len
print("exec len", eval("len('ab')", ns))
