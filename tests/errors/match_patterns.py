# Patterns match refuses: or-patterns binding different names, classes outside the
# subject's hierarchy, too many positional sub-patterns, built-in classes,
# sequence patterns on non-sequences, and cases after an irrefutable one.
import sys
from dataclasses import dataclass


@dataclass
class A:
    x: int


@dataclass
class B:
    y: int


def f(a: A, n: int, d: dict[str, int]) -> None:
    match a:
        case A(1) | A(x):
            pass
        case B(y=2):
            pass
        case A(1, 2):
            pass
    match n:
        case int(k):
            print(k)
        case [1, 2]:
            pass
        case True:
            pass
        case other:
            pass
        case 5:
            pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 20:19: alternative patterns bind different names
# expect error: 22:14: a value of type 'A' never matches the pattern B()
# expect error: 24:19: A() accepts 1 positional sub-pattern (__match_args__)
# expect error: 27:14: class patterns of built-in types (int(...)) are not supported: the subject's type is known (only a union's int(), float(), bool() and str(), without sub-patterns)
# expect error: 31:14: 'case True' compares by identity and never matches a 'int'
# expect error: 35:9: this case is unreachable: a case before it matches anything
