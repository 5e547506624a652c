# weakref.ref[T] needs a program class: the runtime clears only weak
# references to heap objects of the program, and CPython refuses int, str,
# tuple, list and dict targets too.
import sys
import weakref


def main(argv: list[str]) -> int:
    r: weakref.ref[int] = weakref.ref(3)
    s: weakref.ref[str] = weakref.ref("x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:8: weakref.ref[int]: a weak reference's target must be an instance of a class of the program (CPython cannot weakly reference int, str, tuple, list or dict either); wrap the value in a class
# expect error: 10:8: weakref.ref[str]: a weak reference's target must be an instance of a class of the program (CPython cannot weakly reference int, str, tuple, list or dict either); wrap the value in a class
