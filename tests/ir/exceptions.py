# Lowering of try/except/else/finally: explicit exception edges, the
# dispatch on the exception's class, finally on every exit.
# dump-ir: lower parse_or guarded
import sys


def parse_or(s: str, default: int) -> int:
    try:
        return int(s)
    except ValueError:
        return default


def guarded(xs: list[int], i: int) -> int:
    r = 0
    try:
        r = xs[i]
    except (IndexError, KeyError) as e:
        print("error", e)
    else:
        r += 1
    finally:
        print("done")
    return r


def main(argv: list[str]) -> int:
    print(parse_or("12", 0), parse_or("x", 7), guarded([1, 2], 5))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
