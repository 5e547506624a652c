# str.find, rfind, index, rindex, count, with start/end arguments.
import sys


def main(argv: list[str]) -> int:
    s = "abracadabra"
    print(s.find("bra"), s.find("bra", 2), s.find("zz"), s.find(""), s.find("a", 3, 5))
    print(s.rfind("bra"), s.rfind("a"), s.rfind("zz"), s.rfind("a", 0, 4))
    print(s.index("c"), s.rindex("b"), s.index("a", 1))
    print(s.count("a"), s.count("bra"), s.count("zz"), s.count(""), s.count("a", 5))
    print("aaaa".count("aa"), "".find(""), "".count("x"))
    try:
        s.index("q")
    except ValueError as e:
        print("ValueError:", str(e))
    try:
        s.rindex("q")
    except ValueError as e:
        print("ValueError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 1 8 -1 0 3
# expect: 8 10 -1 3
# expect: 4 8 3
# expect: 5 2 0 12 3
# expect: 2 0 0
# expect: ValueError: substring not found
# expect: ValueError: substring not found
