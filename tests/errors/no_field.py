import sys
# expect error: 12:14: 'Node' has no field 'vale'


class Node:
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

def f(n: Node) -> int:
    return n.vale


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
