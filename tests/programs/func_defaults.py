# Default parameter values: literals, None, negated numbers, tuples of
# constants and module-level constants.
import sys

LIMIT = 100
PREFIX = ">>"


def clamp(x: int, lo: int = 0, hi: int = LIMIT) -> int:
    return max(lo, min(x, hi))


def tag(text: str, prefix: str = PREFIX, suffix: str | None = None) -> str:
    if suffix is None:
        return prefix + text
    return prefix + text + suffix


def shift(x: float, by: float = -1.5) -> float:
    return x + by


def origin(p: tuple[int, int] = (0, -1)) -> str:
    return f"{p[0]},{p[1]}"


def flag(on: bool = True) -> str:
    return "on" if on else "off"


def main(argv: list[str]) -> int:
    print(clamp(150), clamp(-5), clamp(50), clamp(50, 60), clamp(50, 0, 10))
    print(tag("a"), tag("b", "#"), tag("c", "<", ">"))
    print(shift(3.0), shift(3.0, 2.0))
    print(origin(), origin((3, 4)))
    print(flag(), flag(False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 100 0 50 60 10
# expect: >>a #b <c>
# expect: 1.5 5.0
# expect: 0,-1 3,4
# expect: on off
