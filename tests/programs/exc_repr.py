# repr() of exceptions shows the class and the arguments, as CPython's
# BaseException.__repr__ does (here the argument is the message).
import sys


class AppError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code

    def __str__(self) -> str:
        return f"<app error {self.code}>"


class Plain(Exception):
    pass


def main(argv: list[str]) -> int:
    print(repr(ValueError("boom")), repr(ValueError()), repr(ValueError("")))
    print(repr(KeyError("k")), repr(KeyError()))
    d = {1: "a"}
    try:
        print(d[2])
    except KeyError as e:
        print(repr(e), str(e))
    try:
        print([1, 2][5])
    except IndexError as e:
        print(repr(e))
    try:
        print(1 // 0)
    except ZeroDivisionError as e:
        print(repr(e))
    try:
        int("x1")
    except ValueError as e:
        print(repr(e))
    try:
        open("/nonexistent/dir/file.txt")
    except OSError as e:
        print(repr(e))
        print(f"{e!r}")
    try:
        raise AppError(3)
    except AppError as e:
        print(repr(e), str(e), e)
    errs: list[Exception] = [Plain("p"), AppError(4), RuntimeError("r"), OSError("disk")]
    print(errs)
    print({"k": Plain()})
    print(repr(SystemExit(3)))
    try:
        sys.exit(2)
    except SystemExit as e:
        print(repr(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ValueError('boom') ValueError() ValueError('')
# expect: KeyError('k') KeyError()
# expect: KeyError(2) 2
# expect: IndexError('list index out of range')
# expect: ZeroDivisionError('integer division or modulo by zero')
# expect: ValueError("invalid literal for int() with base 10: 'x1'")
# expect: FileNotFoundError(2, 'No such file or directory')
# expect: FileNotFoundError(2, 'No such file or directory')
# expect: AppError('code 3') <app error 3> <app error 3>
# expect: [Plain('p'), AppError('code 4'), RuntimeError('r'), OSError('disk')]
# expect: {'k': Plain()}
# expect: SystemExit(3)
# expect: SystemExit(2)
