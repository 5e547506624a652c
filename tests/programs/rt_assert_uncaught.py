# An uncaught failing assert with a message.
import sys


def main(argv: list[str]) -> int:
    balance = 10
    print("balance", balance)
    assert balance > 100, f"balance too low: {balance}"
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: balance 10
# expect-exit: 1
# expect-stderr: AssertionError: balance too low: 10
