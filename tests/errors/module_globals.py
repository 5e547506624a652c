# Module code reads a global only after it is assigned on every path.
import sys

print(LATER)
LATER = 1
DECLARED: int
print(DECLARED)
if len(sys.argv) > 3:
    MAYBE = 2
print(MAYBE)
for i in range(3):
    LAST = i
print(LAST)


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:7: name 'LATER' is used before its definition
# expect error: 7:7: global 'DECLARED' may be used before assignment
# expect error: 10:7: global 'MAYBE' may be used before assignment
# expect error: 13:7: global 'LAST' may be used before assignment
