# Exceptions unwinding through methods and loops; state changed before the
# raise stays changed; handlers in callers resume correctly.
import sys


class Parser:
    pos: int
    text: str

    def __init__(self, text: str) -> None:
        self.pos = 0
        self.text = text

    def expect_digit(self) -> int:
        if self.pos >= len(self.text):
            raise IndexError("end of input")
        c = self.text[self.pos]
        self.pos += 1
        if not c.isdigit():
            raise ValueError(f"not a digit: {c!r}")
        return int(c)

    def digits(self) -> list[int]:
        out: list[int] = []
        while True:
            try:
                out.append(self.expect_digit())
            except ValueError as e:
                print("skip:", str(e))
            except IndexError:
                return out


def main(argv: list[str]) -> int:
    p = Parser("12a3b")
    print(p.digits(), p.pos)
    total = 0
    for s in ["5", "x", "7"]:
        try:
            total += int(s)
        except ValueError:
            total += 100
    print(total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: skip: not a digit: 'a'
# expect: skip: not a digit: 'b'
# expect: [1, 2, 3] 5
# expect: 112
