# Statement forms outside the grammar.
import sys


def f() -> None:
    try:
        pass
    except:
        pass
    except ValueError:
        pass


def g() -> None:
    x = yield 1


async def h() -> None:
    pass


def k() -> None:
    if (n := 10) > 5:
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:5: default 'except:' must be last
# expect error: 15:9: 'yield' is not supported
# expect error: 18:1: 'async def' is not supported
# expect error: 23:9: assignment expression (':=') is not supported
