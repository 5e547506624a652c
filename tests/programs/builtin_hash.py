# hash(): equal values hash equally (never printed: CPython randomises
# string hashes); a user __hash__ built from hash() of a tuple.
import sys


def main(argv: list[str]) -> int:
    print(hash(5) == hash(5), hash("abc") == hash("ab" + "c"))
    print(hash((1, "x")) == hash((1, "x")), hash(True) == hash(1))
    seen: dict[int, str] = {}
    for w in ["a", "b", "a"]:
        seen[hash(w)] = w
    print(len(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True True
# expect: True True
# expect: 2
