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
    if (n := 10) > 5:
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 8:5: default 'except:' must be last
# expect error: 14:1: 'async def' is not supported
# expect error: 19:9: assignment expression (':=') is not supported
