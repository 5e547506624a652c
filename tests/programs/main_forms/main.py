# A script as people write it: top-level code, no main(argv) -> int, a
# __main__ guard that calls main() and exits with sys.exit; an imported
# module's own guard (its self-test) does not run.
import sys

import shapes

total = 0
for n in range(1, 5):
    total += n * n
print("squares", total)


def report(names: list[str]) -> int:
    for name in names:
        print(name, shapes.area(name))
    return len(names)


def main() -> None:
    count = report(["square", "circle"])
    print("module name", __name__, shapes.NAME)
    if count != 2:
        print("unreachable")
    sys.exit(count + 1)


if __name__ == "__main__":
    main()
    print("not reached: sys.exit raised SystemExit")

# expect: squares 30
# expect: square 4.0
# expect: circle 3.14
# expect: module name __main__ shapes
# expect-exit: 3
