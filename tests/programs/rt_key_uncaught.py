# An uncaught KeyError: the last traceback line shows the key's repr.
import sys


def main(argv: list[str]) -> int:
    ages = {"ann": 31}
    print(ages["ann"])
    print(ages["bob"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 31
# expect-exit: 1
# expect-stderr: KeyError: 'bob'
