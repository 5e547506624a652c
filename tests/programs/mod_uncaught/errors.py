# Helper module for mod_uncaught.


class ParseFailure(Exception):
    position: int

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} at {position}")
        self.position = position


def parse(s: str) -> str:
    if not s:
        raise ParseFailure("empty input", 0)
    for i, c in enumerate(s):
        if not c.isalpha():
            raise ParseFailure("bad token", i)
    return s.upper()
