# Malformed f-strings.
import sys

x = 1
a = f"{}"
b = f"{x"
c = f"}"
d = f"{x!a}"


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 5:8: f-string: empty expression not allowed
# expect error: 6:7: f-string: expecting '}'
# expect error: 7:7: f-string: single '}' is not allowed
# expect error: 8:9: f-string conversion '!a' is not supported
