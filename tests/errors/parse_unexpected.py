# Tokens where the grammar does not expect them.
import sys

x = = 1
y = 1 +
print 5
def (x) -> None:
    pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:5: unexpected '='
# expect error: 5:8: unexpected end of line
# expect error: 6:7: unexpected number
# expect error: 7:5: unexpected '('
