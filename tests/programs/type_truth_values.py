# Python's truth rules on every kind of value.
import sys


class Thing:
    n: int

    def __init__(self, n: int) -> None:
        self.n = n


def truth(label: str, b: bool) -> None:
    print(label, b)


def main(argv: list[str]) -> int:
    truth("0", bool(0))
    truth("7", bool(7))
    truth("0.0", bool(0.0))
    truth("-0.5", bool(-0.5))
    truth("''", bool(""))
    truth("' '", bool(" "))
    no_ints: list[int] = []
    truth("[]", bool(no_ints))
    truth("[0]", bool([0]))
    empty: dict[str, int] = {}
    truth("{}", bool(empty))
    truth("{a:0}", bool({"a": 0}))
    no_strs: set[str] = set()
    truth("set()", bool(no_strs))
    truth("(0,)", bool((0,)))
    t: Thing | None = None
    truth("None", bool(t))
    t = Thing(0)
    truth("object", bool(t))
    n = 0
    if not n:
        print("not 0")
    s = "x"
    while s:
        print("loop", s)
        s = s[1:]
    print("yes" if [1] else "no", "yes" if "" else "no")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 False
# expect: 7 True
# expect: 0.0 False
# expect: -0.5 True
# expect: '' False
# expect: ' ' True
# expect: [] False
# expect: [0] True
# expect: {} False
# expect: {a:0} True
# expect: set() False
# expect: (0,) True
# expect: None False
# expect: object True
# expect: not 0
# expect: loop x
# expect: yes no
