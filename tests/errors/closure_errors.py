# Nested functions, lambdas and function values: what stays out, all
# reported in one run.
import sys
from typing import Callable


def nonlocal_missing() -> None:
    def inner() -> None:
        nonlocal nothing
        nothing = 1
    inner()


def used_before_assigned() -> int:
    def read() -> int:
        return later
    later = 1
    return read()


def except_name() -> None:
    try:
        pass
    except ValueError as e:
        f: Callable[[], str] = lambda: str(e)


def untyped_values() -> None:
    f = len
    g = lambda: undefined_thing
    h: Callable[[int], int] = str


def bad_def() -> None:
    def inner(x) -> int:
        return 1

    def no_ret(y: int):
        return y


def unbound_on_instance() -> None:
    print(str.upper(5))


def captured_default() -> int:
    total = 0
    for i in range(3):
        def g(k: int = i) -> int:
            return k
        total += g()
    return total


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:9: no binding for nonlocal 'nothing' found
# expect error: 15:5: 'later' is used by the nested function 'read' before it is assigned (assign it before the function is defined)
# expect error: 25:44: 'e' is bound by 'except ... as e': a nested function cannot use it; assign it to a variable first
# expect error: 29:5: builtin 'len' cannot be stored in a variable without a type: annotate the variable with the Callable type it has there (f: Callable[[...], ...])
# expect error: 30:17: name 'undefined_thing' is not defined
# expect error: 31:31: 'str' returns 'str' here, expected 'int'
# expect error: 35:15: parameter 'x' needs a type annotation (or a default that is a literal number, string or bool)
# expect error: 38:5: function 'no_ret' needs a return type annotation
# expect error: 43:21: argument 1 of 'str.upper' has type 'int', expected 'str'
# expect error: 49:24: the default value of a nested function's parameter must be a constant: to keep the current value of 'i', write a lambda (lambda k=i: ...) or a function that takes it and returns the nested function
