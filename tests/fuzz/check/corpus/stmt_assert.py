# assert: passing assertions, a failing assertion with and without a
# message, caught as AssertionError.
import sys


def check(n: int) -> str:
    try:
        assert n > 0, f"n must be positive, got {n}"
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)


def main(argv: list[str]) -> int:
    assert True
    assert 1 + 1 == 2, "math"
    print(check(5))
    print(check(-2))
    try:
        nothing: list[int] = []
        assert nothing == [1]
    except AssertionError as e:
        print("no message:", repr(str(e)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ok
# expect: AssertionError: n must be positive, got -2
# expect: no message: ''
