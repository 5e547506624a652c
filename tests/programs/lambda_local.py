# A lambda bound to an unannotated local and called (found writing
# app_chip8.py for issue 8: `v = lambda i: parse_value(args[i], labels)`,
# then `v(0)`): the first call types its parameters, as if the variable
# were annotated Callable[[int], int]; the lambda still sees the current
# values of the variables it reads (late binding, as in CPython).
from __future__ import annotations


def parse_value(tok: str, labels: dict[str, int]) -> int:
    return labels[tok] if tok in labels else int(tok, 0)


def encode(args: list[str], labels: dict[str, int]) -> list[int]:
    v = lambda i: parse_value(args[i], labels)
    return [v(0) << 8 | v(1), v(2)]


def scale_all(xs: list[float], k: float) -> list[float]:
    scale = lambda x, n: x * k * n
    out = [scale(x, 2) for x in xs]
    k = 10.0                     # read when called: late binding
    out.append(scale(1.5, 1))
    return out


def describe(words: list[str]) -> str:
    shout = lambda w: w.upper() + "!"
    pick = lambda ws, i: ws[i % len(ws)]
    return " ".join(shout(pick(words, i)) for i in range(4))


def main() -> None:
    print(encode(["0x12", "start", "7"], {"start": 0x34}))
    print(scale_all([1.0, 2.5], 0.5))
    print(describe(["a", "bc", "d"]))


main()

# expect: [4660, 7]
# expect: [1.0, 2.5, 15.0]
# expect: A! BC! D! A!
