# raise and except forms.
import sys


class NotExc:
    pass


def f() -> None:
    raise NotExc()


def g() -> None:
    raise


def h() -> None:
    try:
        pass
    except NotExc:
        pass
    try:
        pass
    except 3:
        pass


def k() -> None:
    raise ValueError("x") from 3


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 10:11: exceptions must derive from BaseException, not 'NotExc'
# expect error: 14:5: bare 'raise' is only allowed inside an except clause
# expect error: 20:12: 'except' needs an exception class, not 'type[NotExc]'
# expect error: 24:12: 'except' needs an exception class, not 'int'
# expect error: 29:32: exception causes must derive from BaseException, not 'int'
