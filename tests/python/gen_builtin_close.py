# A generator that a builtin (any, all, next, sum, min, max, `in`...) takes
# straight from the call that made it is the builtin's alone: when the
# builtin stops early, CPython drops the last reference and the
# generator's finally blocks run before the next statement.  A generator
# that someone else holds is not closed.  Values whose truth is Python
# code, and exceptions out of it or out of the generator.
import io
import re
import sys

def gen(name, values):
    try:
        for v in values:
            yield v
    finally:
        print("  closed", name)


def squares(n):
    try:
        for i in range(n):
            yield i * i
    finally:
        print("  squares closed at", n)


print("any:", any(gen("any", [0, 3, 0, 5])))
print("all:", all(gen("all", [1, 0, 2])))
print("next:", next(gen("next", [7, 8])))
print("next default:", next(gen("next2", []), "none"))
print("in:", 9 in squares(10))
print("not in:", 5 not in squares(4))
print("any genexpr:", any(v > 2 for v in gen("genexpr", [1, 3, 4])))
print("all genexpr:", all(v < 2 for v in gen("genexpr2", [1, 3, 4])))
print("sum:", sum(gen("sum", [1, 2, 3])))
print("max:", max(gen("max", [1, 5, 2])))
print("after")

# kept elsewhere: not closed until the program drops it
g = gen("kept", [1, 2, 3])
print("kept any:", any(g), next(g))
h = squares(6)
print("kept in:", 4 in h, next(h))


class Box:
    def __iter__(self):
        yield from gen("box", [0, 1, 2])


print("any of a box:", any(Box()))

# an exception out of the consumer of the values
class Bad:
    def __bool__(self):
        raise ValueError("no truth")


try:
    any(gen("raising", [0, Bad(), 1]))
except ValueError as e:
    print("caught:", e)
try:
    sum(gen("summing", [1, "x", 2]))
except TypeError as e:
    print("caught:", e)


def close_refused():
    try:
        yield 1
        yield 2
    finally:
        print("  refusing")
        raise KeyError("from finally")


saved = sys.stderr
sys.stderr = io.StringIO()
print("refused:", any(close_refused()))
text = sys.stderr.getvalue()
sys.stderr = saved
print(re.sub("0x[0-9a-f]+", "ADDR", text))
print("kept rest:", list(g), list(h))


# values whose truth is Python code, then one whose truth raises
class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool of", self.v)
        return self.v > 1


print("any of truths:", any(Truth(v) for v in gen("truths", [0, 1, 2, 3])))
print("all of truths:", all(Truth(v) for v in gen("truths2", [3, 2, 1, 0])))
print("all of bad:", all(Bad() for v in gen("bad", [1, 2])))
