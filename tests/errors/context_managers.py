# User context managers need __enter__ and an __exit__ with the standard
# parameters; type[...] and TracebackType exist only for __exit__.
import sys
from types import TracebackType


class NoExit:
    def __enter__(self) -> int:
        return 1


class BadExit:
    def __enter__(self) -> int:
        return 1

    def __exit__(self, a: int, b: object, c: object) -> None:
        pass


def f(t: type[ValueError], tb: TracebackType) -> None:
    pass


def main(argv: list[str]) -> int:
    with NoExit():
        pass
    with BadExit():
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 16:5: '__exit__' must have the signature (self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None (or -> bool, or -> bool | None); 'object' parameters are accepted too
# expect error: 20:10: 'type[...]' is only supported as the type of a parameter of __exit__ (there are no class objects)
# expect error: 20:32: 'TracebackType' is only supported as the type of a parameter of __exit__ (there are no class objects)
# expect error: 25:10: 'NoExit' cannot be used in 'with': it has no __exit__
