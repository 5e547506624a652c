# An __exit__ returning bool may swallow an exception raised by a later
# item or the body: after the statement, a name only they assign may be
# unbound (CPython raises UnboundLocalError).
import sys
from types import TracebackType


class Swallow:
    def __enter__(self) -> "Swallow":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> bool:
        return True


class Res:
    def __init__(self, n: int) -> None:
        if n > 0:
            raise ValueError("no resource")
        self.n = n

    def __enter__(self) -> "Res":
        return self

    def __exit__(self, t: type[BaseException] | None, v: BaseException | None,
                 tb: TracebackType | None) -> None:
        return None


def later_item(n: int) -> int:
    with Swallow(), Res(n) as r:
        pass
    return r.n


def body(n: int) -> int:
    with Swallow() as s:
        k = Res(n).n
    print(s is not None)
    return k


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 34:12: variable 'r' may be used before assignment
# expect error: 41:12: variable 'k' may be used before assignment
