# pass in every block kind; expression statements whose value is dropped
# (calls with side effects, a bare constant, a docstring).
import sys


class Empty:
    """A class whose body is only a docstring and pass."""
    pass


def nothing() -> None:
    pass


def side(log: list[int]) -> int:
    log.append(1)
    return len(log)


def main(argv: list[str]) -> int:
    """Docstrings are expression statements."""
    log: list[int] = []
    side(log)
    side(log)
    nothing()
    42
    "a string statement"
    for _ in range(3):
        pass
    while False:
        pass
    if log:
        pass
    else:
        pass
    try:
        pass
    except Exception:
        pass
    e = Empty()
    print(len(log), e is not None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 2 True
