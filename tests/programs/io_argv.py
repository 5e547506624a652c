# sys.argv: the arguments after the program name, converted and summed.
import sys

# args: 3 4 five -6 2.5


def main(argv: list[str]) -> int:
    args = argv[1:]
    print(len(args), args)
    total = 0
    for a in args:
        try:
            total += int(a)
        except ValueError:
            print("not an int:", a)
    print("total", total)
    print(sys.argv[1:] == args, len(sys.argv) == len(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 5 ['3', '4', 'five', '-6', '2.5']
# expect: not an int: five
# expect: not an int: 2.5
# expect: total 1
# expect: True True
