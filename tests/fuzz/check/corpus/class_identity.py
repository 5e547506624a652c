# Without __eq__, == on instances is identity; `is` and `is not`; objects
# as dict keys and set members by identity.
import sys


class Token:
    text: str

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:  # a dict's KeyError needs the key's repr
        return f"Token({self.text!r})"


def main(argv: list[str]) -> int:
    a = Token("x")
    b = Token("x")
    c = a
    print(a == b, a == c, a is c, a is not b, a != b)
    seen = {a, b, c}
    print(len(seen), a in seen, Token("x") in seen)
    counts: dict[Token, int] = {}
    for t in [a, b, c, a]:
        counts[t] = counts.get(t, 0) + 1
    print(counts[a], counts[b], len(counts))
    print([a, b].index(b), [a, b, c].count(a))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: False True True True True
# expect: 2 True False
# expect: 3 1 2
# expect: 1 2
