# CPython deletes an except-as name when its handler ends.  A read that may
# follow the handler is rejected (CPython: UnboundLocalError or NameError),
# and so is a name whose deletion would unbind something else.
import sys

g = 1
try:
    int("x")
except ValueError as g:
    pass


def after() -> None:
    e = 1
    try:
        int("x")
    except ValueError as e:
        pass
    print(e)


def after_break() -> None:
    e = 1
    while True:
        try:
            int("x")
        except ValueError as e:
            break
    print(e)


def declared() -> None:
    global g
    try:
        int("x")
    except ValueError as g:
        pass


def nested() -> None:
    try:
        int("x")
    except ValueError as e:
        try:
            int("y")
        except ValueError as e:
            pass


def captured() -> int:
    e = 1

    def read() -> int:
        return e
    try:
        int("x")
    except ValueError as e:
        pass
    return read()


def main(argv: list[str]) -> int:
    try:
        int("x")
    except ValueError as m:
        pass
    print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 9:1: 'except ... as g' deletes 'g' when the handler ends (as CPython does), and 'g' is also a global variable: give the exception another name
# expect error: 19:11: variable 'e' may be used before assignment (an 'except ... as' clause deletes it when it ends, as CPython does)
# expect error: 29:11: variable 'e' may be used before assignment (an 'except ... as' clause deletes it when it ends, as CPython does)
# expect error: 36:5: 'except ... as g' deletes 'g' when the handler ends (as CPython does), and 'g' is also declared global: give the exception another name
# expect error: 46:9: 'except ... as e' deletes 'e' when the handler ends (as CPython does), and 'e' is also the name of an enclosing 'except' clause: give the exception another name
# expect error: 57:5: 'except ... as e' deletes 'e' when the handler ends (as CPython does), and 'e' is also used by a nested function: give the exception another name
# expect error: 67:11: variable 'm' may be used before assignment (an 'except ... as' clause deletes it when it ends, as CPython does)
