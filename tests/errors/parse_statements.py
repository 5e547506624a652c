# Statement forms outside the grammar.
import sys


def f() -> None:
    try:
        pass
    except:
        pass
    except ValueError:
        pass


async def h() -> None:
    pass


def k() -> None:
    n := 10


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:5: default 'except:' must be last
# expect error: 14:1: 'async def' is not supported
# expect error: 19:7: unexpected ':=': an assignment expression is written (name := value) where an expression is expected (a condition, an argument, an item), and a statement assigns with '='
