# A function called by module-level code reads a global that the module
# assigns only later: NameError with CPython's traceback, exit status 1
# (the translator must not read the constant 5, nor a zero).
import sys


def f() -> int:
    return X + 1


Y: int = f()
X: int = 5


def main(argv: list[str]) -> int:
    print(Y, f())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect-stderr: NameError: name 'X' is not defined

# expect-exit: 1
