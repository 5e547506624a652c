# Malformed numeric and bytes literals.
import sys

a = b"é" + b"x" "y"
b = 0x
c = 99999999999999999999
d = 0b102
e = 12abc
f = 0o8


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:5: bytes can only contain ASCII literal characters
# expect error: 4:12: cannot mix bytes and nonbytes literals
# expect error: 5:5: invalid hexadecimal literal
# expect error: 6:5: integer literal too large
# expect error: 7:9: invalid digit '2' in binary literal
# expect error: 8:5: invalid decimal literal
# expect error: 9:7: invalid digit '8' in octal literal
