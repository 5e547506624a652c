# issue 8: an unannotated parameter with a literal default takes the
# default's type (int, float, str, bool, a negative number), in functions,
# methods, nested functions and lambdas.
def repeat(text="ab", times=2, sep="-", upper=False, shift=-1, scale=0.5) -> str:
    out = sep.join([text] * times)
    if upper:
        out = out.upper()
    return out + " " + str(shift * scale)


class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step

    def bump(self, times=1) -> int:
        self.value += self.step * times
        return self.value


def outer(n: int) -> list[int]:
    def inner(k=10) -> int:
        return n * k
    return [inner(), inner(3)]


print(repeat())
print(repeat("x", 3, upper=True, scale=2.0))
c = Counter(5, step=2)
print(c.bump(), c.bump(times=3), Counter().bump())
print(outer(4))
twice = lambda k=2: 21 * k
print(twice())

# expect: ab-ab -0.5
# expect: X-X-X -2.0
# expect: 7 13 1
# expect: [40, 12]
# expect: 42
