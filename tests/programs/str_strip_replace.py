# strip, lstrip, rstrip (whitespace and a set of characters), replace
# (all occurrences, with a count, empty pattern).
import sys


def main(argv: list[str]) -> int:
    s = "  \t hello world \n "
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print("xxhixyx".strip("xy"), "--a--".lstrip("-"), "--a--".rstrip("-"), repr("abc".strip("cba")))
    print("a.b.c".replace(".", "/"), "aaa".replace("a", "bb"), "abc".replace("x", "y"))
    print("one one one".replace("one", "1", 2), "abc".replace("", "-"), "aaaa".replace("aa", "a"))
    print(repr("".strip()), repr("   ".strip()), repr("x".replace("x", "")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 'hello world' 'hello world \n ' '  \t hello world'
# expect: hi a-- --a ''
# expect: a/b/c bbbbbb abc
# expect: 1 1 one -a-b-c- aa
# expect: '' '' ''
