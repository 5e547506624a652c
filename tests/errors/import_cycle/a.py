# Runs first (main imports it); its import of b leads back to it.
LIMIT = 10
import b


def f() -> int:
    return b.g() + LIMIT


class Base:
    def __init__(self) -> None:
        self.n = 1
