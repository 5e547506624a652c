# not / and / or / conditional expressions, nested, with side effects.
import sys

CALLS: list[str] = []


def t(label: str) -> bool:
    CALLS.append(label)
    return True


def f(label: str) -> bool:
    CALLS.append(label)
    return False


def main(argv: list[str]) -> int:
    print(t("1") and f("2") and t("3"))
    print(f("4") or f("5") or t("6") or t("7"))
    print(not t("8") or t("9"))
    print(CALLS)
    for n in range(4):
        kind = "zero" if n == 0 else "one" if n == 1 else "many"
        print(n, kind)
    x = 3
    print("odd" if x % 2 else "even", (x if x > 2 else -x) * 2)
    print(not (x > 1 and x < 5), not x > 1 or x < 5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: False
# expect: True
# expect: True
# expect: ['1', '2', '4', '5', '6', '8', '9']
# expect: 0 zero
# expect: 1 one
# expect: 2 many
# expect: 3 many
# expect: odd 6
# expect: False True
