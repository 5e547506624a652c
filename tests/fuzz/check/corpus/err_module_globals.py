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

