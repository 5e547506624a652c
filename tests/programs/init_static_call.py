# issue 8, found writing tests/programs/app_prolog.py: __init__ may call a
# static or class method through self before the fields are assigned
# (self.toks = self.tokenize(text)): neither is handed self, so self does
# not escape.  A plain method still may not (tests/errors).
import sys


class Reader:
    KIND = "reader"

    def __init__(self, text: str) -> None:
        self.toks = self.tokenize(text)
        self.kind = self.default_kind()
        self.pos = 0

    @staticmethod
    def tokenize(text: str) -> list[str]:
        return text.split()

    @classmethod
    def default_kind(cls) -> str:
        return cls.KIND + "!"


def main() -> int:
    r = Reader("a b  c")
    print(r.toks, r.kind, r.pos)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: ['a', 'b', 'c'] reader! 0
