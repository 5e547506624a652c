# str() and repr() of every built-in type, including the quote choice and
# escapes of string repr and nested containers.
import sys


def main(argv: list[str]) -> int:
    print(str(42), str(-7), str(True), str(None), str("s"), str([1]), str((1, 2)))
    print(repr(42), repr(True), repr(None), repr("s"), repr(["a", "b"]))
    print(repr("it's"), repr('say "x"'), repr("both ' and \""), repr("back\\slash"))
    print(repr("\n\t\r"), repr("\x01\x1f"), repr("caf\u00e9"), repr("\u2028"))
    print(repr(""), repr(" "), repr("\x7f"), repr("\xa0"), repr("\xff"))
    print(repr({"a": [1, 2], "b": [3]}), repr({"b": {"c": (3,)}}), repr([(1,), (2,)]))
    no_rows: list[list[int]] = [[], []]
    maybe: dict[int, str | None] = {1: None, 2: "x"}
    print(repr(no_rows), repr(maybe), repr([1.5, -0.0]), repr([True, False]))
    empty_d: dict[str, int] = {}
    empty_s: set[int] = set()
    print(repr(empty_d), repr(empty_s), repr({5}), str(empty_s))
    print(repr(-0), repr(10 ** 18), str(-9223372036854775807))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 42 -7 True None s [1] (1, 2)
# expect: 42 True None 's' ['a', 'b']
# expect: "it's" 'say "x"' 'both \' and "' 'back\\slash'
# expect: '\n\t\r' '\x01\x1f' 'café' '\u2028'
# expect: '' ' ' '\x7f' '\xa0' 'ÿ'
# expect: {'a': [1, 2], 'b': [3]} {'b': {'c': (3,)}} [(1,), (2,)]
# expect: [[], []] {1: None, 2: 'x'} [1.5, -0.0] [True, False]
# expect: {} set() {5} set()
# expect: 0 1000000000000000000 -9223372036854775807
