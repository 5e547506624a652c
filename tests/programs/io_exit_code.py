# sys.exit(3) from inside a function: output so far is flushed, the exit
# status is 3, nothing after runs.
import sys


def check(n: int) -> None:
    if n > 2:
        print("too big, exiting")
        sys.exit(3)


def main(argv: list[str]) -> int:
    for i in range(5):
        print("i =", i)
        check(i)
    print("never printed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: i = 0
# expect: i = 1
# expect: i = 2
# expect: i = 3
# expect: too big, exiting
# expect-exit: 3
