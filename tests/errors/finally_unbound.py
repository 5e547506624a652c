# A finally clause runs on every way out of its try statement: a name that
# only the normal way assigns may be unbound there (CPython raises
# UnboundLocalError); the read is rejected.
import sys


def f(n: int) -> int:
    if n > 0:
        raise ValueError("boom")
    return 5


def body_only(n: int) -> None:
    try:
        x = f(n)
    finally:
        print("finally", x)


def else_only(n: int) -> None:
    try:
        f(n)
    except KeyError:
        return
    else:
        y = f(n + 1)
    finally:
        print(y)


def handler_only(n: int) -> None:
    try:
        f(n)
    except ValueError:
        z = f(n)
    finally:
        print(z)


def break_in_finally(n: int) -> int:
    while True:
        try:
            w = f(n)
        finally:
            break
    return w


def continue_in_finally(n: int) -> int:
    for i in range(3):
        try:
            v = f(n)
        finally:
            continue
    return v


def nested(n: int) -> None:
    try:
        try:
            u = f(n)
        finally:
            pass
    finally:
        print(u)


def main(argv: list[str]) -> int:
    return 0


try:
    g = f(len(sys.argv))
finally:
    print(g)

if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 17:26: variable 'x' may be used before assignment (the 'finally' clause also runs when the 'try' statement is left early, by an exception, return, break or continue, and CPython then raises UnboundLocalError: assign it before the 'try')
# expect error: 28:15: variable 'y' may be used before assignment (the 'finally' clause also runs when the 'try' statement is left early, by an exception, return, break or continue, and CPython then raises UnboundLocalError: assign it before the 'try')
# expect error: 37:15: variable 'z' may be used before assignment
# expect error: 46:12: variable 'w' may be used before assignment
# expect error: 55:12: variable 'v' may be used before assignment
# expect error: 65:15: variable 'u' may be used before assignment (the 'finally' clause also runs when the 'try' statement is left early, by an exception, return, break or continue, and CPython then raises UnboundLocalError: assign it before the 'try')
# expect error: 75:11: global 'g' may be used before assignment (the 'finally' clause also runs when the 'try' statement is left early, by an exception, return, break or continue, and CPython then raises NameError: assign it before the 'try')
