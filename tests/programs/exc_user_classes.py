# User exception classes: fields, __init__ calling super().__init__,
# hierarchies of user classes, catching by base, re-raising.
from __future__ import annotations

import sys


class AppError(Exception):
    code: int

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class ParseError(AppError):
    line: int

    def __init__(self, message: str, line: int) -> None:
        super().__init__(f"line {line}: {message}", 2)
        self.line = line


class Timeout(AppError):
    def __init__(self) -> None:
        super().__init__("timed out", 3)


class Plain(ValueError):
    pass


def work(n: int) -> int:
    if n == 1:
        raise ParseError("unexpected token", 7)
    if n == 2:
        raise Timeout()
    if n == 3:
        raise Plain("plain value error")
    return n * 10


def main(argv: list[str]) -> int:
    for n in range(4):
        try:
            print("ok", work(n))
        except ParseError as e:
            print("parse", e.line, e.code, str(e))
        except AppError as e:
            print("app", e.code, str(e))
        except ValueError as e:
            print("value", str(e))
    try:
        try:
            work(2)
        except AppError:
            print("re-raising")
            raise
    except Timeout as t:
        print("outer got Timeout", t.code)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ok 0
# expect: parse 7 2 line 7: unexpected token
# expect: app 3 timed out
# expect: value plain value error
# expect: re-raising
# expect: outer got Timeout 3
