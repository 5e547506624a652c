# with statement: several items, exceptions in __exit__, suppression, contextlib
import contextlib

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
print("after suppression")
try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("div") as t:
    with tag("p"):
        print("text in", t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
class NoEnter: pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
with contextlib.nullcontext(5) as five:
    print(five)
