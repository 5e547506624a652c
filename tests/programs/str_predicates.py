# isdigit, isalpha, isalnum, isspace, isupper, islower, including empty
# strings and mixed characters.
import sys


def flags(s: str) -> str:
    return "".join(["d" if s.isdigit() else "-", "a" if s.isalpha() else "-",
                    "n" if s.isalnum() else "-", "s" if s.isspace() else "-",
                    "U" if s.isupper() else "-", "l" if s.islower() else "-"])


def main(argv: list[str]) -> int:
    for s in ["123", "abc", "ABC", "aB", "a1", " \t\n", "", "A1!", "hello world", "X Y", "é", "3.5"]:
        print(repr(s), flags(s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: '123' d-n---
# expect: 'abc' -an--l
# expect: 'ABC' -an-U-
# expect: 'aB' -an---
# expect: 'a1' --n--l
# expect: ' \t\n' ---s--
# expect: '' ------
# expect: 'A1!' ----U-
# expect: 'hello world' -----l
# expect: 'X Y' ----U-
# expect: 'é' -an--l
# expect: '3.5' ------
