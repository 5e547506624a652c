# threading.Thread arguments.
import sys
import threading


def work(n: int) -> None:
    pass


def f() -> None:
    t = threading.Thread(work, (1,))
    u = threading.Thread(target=work, args=(1, 2))
    v = threading.Thread(target=work, args=("a",))


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 11:9: threading.Thread takes target=f and args=(...) by keyword
# expect error: 12:9: Thread target 'Callable[[int], None]' does not accept the args given
# expect error: 13:45: Thread argument 1 has type 'str', expected 'int'
