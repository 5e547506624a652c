# Indentation errors.
import sys


def f() -> None:
    if True:
    pass


def g() -> None:
        x = 1
    y = 2


def h() -> None:
	x = 1
        y = 2

# expect error: 7:5: expected an indented block after 'if' statement on line 6
# expect error: 12:5: unindent does not match any outer indentation level
# expect error: 16:1: inconsistent use of tabs and spaces in indentation
