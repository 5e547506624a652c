# except-as names: at module level (the translator crashed on them), in
# loops, reused by several handlers, and in a nested function whose
# enclosing function has a variable of the same name.  CPython deletes the
# name when the handler ends; reading it later is rejected at translation
# (tests/errors/except_as_deleted.py).
import sys

try:
    int("x")
except ValueError as e:
    print("module:", e)
print("after")

for i in range(3):
    try:
        if i == 1:
            raise KeyError("k")
        int("7" if i == 0 else "z")
    except ValueError as e:
        print("value", i, e)
    except (KeyError, IndexError) as e:
        print("lookup", i, e)
    else:
        print("ok", i)

while True:
    try:
        [1][5]
    except IndexError as err:
        print(err)
        break


def reuse() -> None:
    for i in range(3):
        try:
            int("x" if i == 1 else "2")
        except ValueError as e:
            print("a", e)
            continue
        except KeyError as e:
            print("b", e)
        e = i * 10
        print(e)


def outer() -> None:
    e = 1

    def inner() -> None:
        try:
            int("y")
        except ValueError as e:
            print("inner", e)
    inner()
    print("outer", e)


def show() -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        print(exc)
    finally:
        print("finally")
    exc = "rebound"
    print(exc)


def main(argv: list[str]) -> int:
    reuse()
    outer()
    show()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: module: invalid literal for int() with base 10: 'x'
# expect: after
# expect: ok 0
# expect: lookup 1 'k'
# expect: value 2 invalid literal for int() with base 10: 'z'
# expect: list index out of range
# expect: 0
# expect: a invalid literal for int() with base 10: 'x'
# expect: 20
# expect: inner invalid literal for int() with base 10: 'y'
# expect: outer 1
# expect: boom
# expect: finally
# expect: rebound
