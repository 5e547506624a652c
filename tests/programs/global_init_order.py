# Order of module initialisation: functions run by module-level code
# (directly, through methods, or assigning a global first) see the
# globals assigned so far; one not yet assigned raises NameError, which
# module-level code can catch.  Once the module ran, every global is set.
import sys

EARLY: int = 10
NAMES: list[str] = ["a", "b"]


def early() -> int:
    return EARLY + len(NAMES)


def late() -> int:
    return LATE * 2


def late_text() -> str:
    return LATE_TEXT + "!"


class Box:
    def __init__(self, n: int) -> None:
        self.n = n

    def total(self) -> int:
        return self.n + LATE


def set_counter() -> None:
    global COUNTER
    COUNTER = 100


def counter() -> int:
    return COUNTER


def attempt() -> None:
    try:
        print("late:", late())
    except NameError as e:
        print("late:", e)
    try:
        print("late_text:", late_text())
    except NameError as e:
        print("late_text:", e)
    try:
        print("method:", Box(1).total())
    except NameError as e:
        print("method:", e)


print("early:", early())          # assigned earlier: works
attempt()
set_counter()                     # a function assigns it first
print("counter:", counter())
COUNTER: int = 1
print("counter:", counter())

LATE: int = 5
LATE_TEXT: str = "late"
attempt()


def main(argv: list[str]) -> int:
    print("main:", early(), late(), late_text(), Box(3).total(), counter())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: early: 12
# expect: late: name 'LATE' is not defined
# expect: late_text: name 'LATE_TEXT' is not defined
# expect: method: name 'LATE' is not defined
# expect: counter: 100
# expect: counter: 1
# expect: late: 10
# expect: late_text: late!
# expect: method: 6
# expect: main: 12 10 late! 8 1
