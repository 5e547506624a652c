# A variable may be reused for a value of another type once its earlier
# values are dead: each group of assignments that reach a common use (a
# web) has its own type, as RPython allowed.
import sys


class Shape:
    def __init__(self, name: str, sides: int) -> None:
        self.name = name
        self.sides = sides


def describe(shapes: list[Shape]) -> str:
    total = 0
    for s in shapes:
        total += s.sides
    s = "sides: "                     # s was a Shape; now a str
    s += str(total)
    return s


def parse(lines: list[str]) -> list[int]:
    out = []
    for line in lines:
        line = line.strip()           # still a str: the same variable
        if not line:
            continue
        value = line.split("=")
        key = value[0]
        value = int(value[1])         # a list of str, then an int
        out.append(value * len(key))
    return out


def stages(n: int) -> str:
    x = n * 2
    print("int", x)
    x = float(x) / 4
    print("float", x)
    x = f"{x:.2f}"
    print("str", x)
    if n > 3:
        r = [n]
        print(r)
    else:
        r = {"n": n}
        print(r)
    r = (n, str(n))
    return x + str(r)


def main(argv: list[str]) -> int:
    print(describe([Shape("tri", 3), Shape("sq", 4)]))
    print(parse(["a=1", "", "bb = 2 ", "ccc=3"]))
    print(stages(5), stages(1))
    for i in range(2):
        print(i)
    i = "done"
    print(i)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: sides: 7
# expect: [1, 6, 9]
# expect: int 10
# expect: float 2.5
# expect: str 2.50
# expect: [5]
# expect: int 2
# expect: float 0.5
# expect: str 0.50
# expect: {'n': 1}
# expect: 2.50(5, '5') 0.50(1, '1')
# expect: 0
# expect: 1
# expect: done
