# isinstance with classes (including bases and tuples of classes) and with
# the built-in type names.
import sys


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


def check(x: A) -> str:
    return f"{isinstance(x, A)} {isinstance(x, B)} {isinstance(x, C)} {isinstance(x, (C, B))}"


def main(argv: list[str]) -> int:
    print(check(A()), "|", check(B()), "|", check(C()))
    s = "text"
    n = 3
    f = 1.5
    xs = [1]
    d = {"a": 1}
    b = True
    print(isinstance(s, str), isinstance(n, int), isinstance(f, float), isinstance(xs, list))
    print(isinstance(d, dict), isinstance(b, bool), isinstance(b, int), isinstance(n, float))
    print(isinstance(s, (int, str)), isinstance(D(), D), isinstance(f, int))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False False False | True True False True | True True True True
# expect: True True True True
# expect: True True True False
# expect: True True False
