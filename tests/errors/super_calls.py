# super() forms.
import sys


class A:
    def m(self) -> int:
        return 1


class B(A):
    def m(self) -> int:
        return super(B, self).m() + super().other()

    def k(self) -> A:
        return super()


def f() -> int:
    return super().m()


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 12:16: super() takes no arguments
# expect error: 12:45: 'A' has no method 'other'
# expect error: 15:16: super() is only supported as super().method(...)
# expect error: 19:12: super() is only allowed in methods of a class with a base class
