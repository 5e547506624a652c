# Assignment, annotation, augmented assignment and del targets.
import sys

f() = 1
(a, b): tuple[int, int] = (1, 2)
a, b += 1
f(): int = 3
del f()
[1, 2] = x


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 4:1: cannot assign to function call
# expect error: 5:1: only single target (not tuple) can be annotated
# expect error: 6:1: 'tuple' is an illegal expression for augmented assignment
# expect error: 7:1: illegal target for annotation
# expect error: 8:5: cannot delete function call
# expect error: 9:2: cannot assign to literal
# expect error: 9:5: cannot assign to literal
