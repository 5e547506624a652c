# Where CPython 3.11 puts carets under a traceback's source line, and where
# it puts none: an assert raises at the statement's position (none when it
# is alone on its line) unless its test ends in a comparison, whose
# position stays in force; `for` fails at the statement's; a decorator's
# call at the decorator's line; a node that begins with a parenthesized
# expression begins at the parenthesis; a generator expression that is a
# call's sole argument spans the call's parentheses.
import traceback


def show(f):
    try:
        f()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print("\n".join(lines[3:]))


def assert_call():
    m = "abc"
    assert m.endswith("z")


def assert_call_msg():
    m = "abc"
    x = 1; assert m.endswith("z"), "no z"


def assert_compare():
    m = 1
    assert m == 2


def assert_last_compare():
    m = 1
    assert m == 1 and not m


def assert_ifexp():
    m = 0
    assert m if m == 0 else False


def assert_multiline():
    m = 1
    assert (m ==
            2)


def for_not_iterable():
    for x in 5:
        pass


def for_one_line():
    xs = 5
    for x in xs: pass


def decorated():
    def d1(f):
        return 5

    @d1
    @d1
    def g():
        pass


def paren_left():
    m = 1
    return (m + 1) / 0


def paren_subscript():
    m = []
    return (m) [0]


def paren_compare():
    m = 1
    return (m == 1) < "a"


def genexp_argument():
    xs = 5
    return list(x for x in xs)


for f in (assert_call, assert_call_msg, assert_compare, assert_last_compare,
          assert_ifexp, assert_multiline, for_not_iterable, for_one_line,
          decorated, paren_left, paren_subscript, paren_compare,
          genexp_argument):
    show(f)

m = "abc"
assert m.endswith("z")
