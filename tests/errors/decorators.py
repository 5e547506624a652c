# Only @staticmethod, @classmethod, @property and @x.setter, and only on methods.
import sys


def deco(f: int) -> int:
    return f


@deco
def f() -> None:
    pass


@staticmethod
def g() -> None:
    pass


@deco
class C:
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:1: decorators are not supported (other than @staticmethod, @classmethod, @property and @x.setter)
# expect error: 14:1: @staticmethod is only allowed on methods
# expect error: 19:1: class decorators are not supported (other than @dataclass and @functools.total_ordering)
