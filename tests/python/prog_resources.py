# Resource management with context managers: a class-based manager that
# logs enter/exit and can suppress errors, nested and multiple managers in
# one with, a transaction that rolls back, files written and read back.
import os
from contextlib import contextmanager, ExitStack


class Resource:
    opened = []

    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, kind, value, tb):
        Resource.opened.remove(self.name)
        status = "ok" if kind is None else f"{kind.__name__}: {value}"
        print(f"close {self.name} ({status})")
        return kind is not None and issubclass(kind, self.swallow)


@contextmanager
def transaction(store):
    snapshot = dict(store)
    try:
        yield store
    except Exception as e:
        store.clear()
        store.update(snapshot)
        print(f"rolled back after {type(e).__name__}: {e}")
        raise
    else:
        print("committed", sorted(store.items()))


with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name, Resource.opened)
with Resource("outer", swallow=(KeyError,)):
    with Resource("inner"):
        {}["missing"]
    print("not reached")
print("after", Resource.opened)
try:
    with Resource("c", swallow=(KeyError,)):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated:", e)

store = {"x": 1}
with transaction(store) as s:
    s["y"] = 2
try:
    with transaction(store) as s:
        s["x"] = 100
        s["z"] = 1 / 0
except ZeroDivisionError:
    pass
print(store)

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    print("holding", [r.name for r in rs])

path = "notes.txt"
with open(path, "w") as f:
    for i in range(3):
        f.write(f"line {i}\n")
    print("closed inside?", f.closed)
print("closed after?", f.closed)
with open(path) as f:
    print([line.rstrip() for line in f])
with open(path, "a") as f:
    print("appended", f.write("tail\n"))
with open(path) as f:
    print(f.read().splitlines()[-2:])
os.remove(path)
print(os.path.exists(path))
