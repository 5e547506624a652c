# `match` and `case` stay ordinary names outside match statements.
import sys


def match(case: int) -> int:
    return case * 2


class Rule:
    match: str
    case: int

    def __init__(self) -> None:
        self.match = "m"
        self.case = 1


def local_names() -> list[int]:
    match = [1, 2]
    match[0] = 5
    case = match
    return case


def main(argv: list[str]) -> int:
    case = 3
    match(case)
    print(match(case), case)
    r = Rule()
    r.match = "x"
    print(r.match, r.case)
    print(local_names())
    match (case):
        case 3:
            print("three")
        case _:
            print("other")
    match case, 2:
        case (3, x):
            print("pair", x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 6 3
# expect: x 1
# expect: [5, 2]
# expect: three
# expect: pair 2
