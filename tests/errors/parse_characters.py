# Characters outside the language.
import sys

a = 1 $ 2
b = 1 → 2
c = 1  2
d = 1 ? 2


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:7: unexpected character '$'
# expect error: 5:7: invalid character '→' (U+2192)
# expect error: 6:7: invalid non-printable character U+0007
# expect error: 7:7: unexpected character '?'
