# Module-level globals: constants, mutable containers changed without
# `global`, scalars reassigned with `global`, initialisers running in
# order before main.
import sys

GREETING = "hello"
COUNT = 0
SEEN: list[str] = []
TABLE: dict[str, int] = {"one": 1, "two": 2}
DERIVED = len(GREETING) * 10
print("module init", DERIVED)


def bump() -> int:
    global COUNT
    COUNT += 1
    return COUNT


def remember(s: str) -> None:
    SEEN.append(s)
    TABLE[s] = len(s)


def reset() -> None:
    global COUNT, SEEN
    COUNT = 0
    SEEN = []


def main(argv: list[str]) -> int:
    print(GREETING, COUNT)
    bump()
    bump()
    remember("three")
    print(COUNT, SEEN, TABLE)
    reset()
    print(COUNT, SEEN, bump())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: module init 50
# expect: hello 0
# expect: 2 ['three'] {'one': 1, 'two': 2, 'three': 5}
# expect: 0 [] 1
