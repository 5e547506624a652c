# upper, lower, capitalize, title on mixed text.
import sys


def main(argv: list[str]) -> int:
    s = "hello WORLD, it's a 2nd-try"
    print(s.upper())
    print(s.lower())
    print(s.capitalize())
    print(s.title())
    print(repr("".upper()), "ABC".capitalize(), "aBC dEF".capitalize(), "x".title(), "o'neil mc-gee".title())
    print("straße".upper(), "ÀÉÎ".lower())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: HELLO WORLD, IT'S A 2ND-TRY
# expect: hello world, it's a 2nd-try
# expect: Hello world, it's a 2nd-try
# expect: Hello World, It'S A 2Nd-Try
# expect: '' Abc Abc def X O'Neil Mc-Gee
# expect: STRASSE àéî
