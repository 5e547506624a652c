# map and filter (lazy: the function runs as the loop asks), functools.reduce,
# built-in functions passed to map/filter, str.join of any iterable of
# strings, and the str predicates isdecimal/isnumeric/isidentifier/
# isprintable/isascii/istitle, against CPython.
import sys
from functools import reduce


def add(a: int, b: int) -> int:
    return a + b


def square(x: int) -> int:
    print("  square", x)
    return x * x


def is_odd(x: int) -> bool:
    return x % 2 == 1


def append_digit(acc: str, x: int) -> str:
    return acc + str(x)


def longer(a: str, b: str) -> str:
    return b if len(b) > len(a) else a


def main(argv: list[str]) -> int:
    print(reduce(add, [1, 2, 3, 4]), reduce(append_digit, [1, 2, 3], ">"), reduce(longer, ["a", "abc", "ab"]))
    print(reduce(add, [7]), reduce(add, [0][:0], 100))
    try:
        print(reduce(add, [0][:0]))
    except TypeError as e:
        print("TypeError", e)
    for y in map(square, [1, 2, 3]):
        print("got", y)
    evens = filter(is_odd, range(10))
    print(list(evens), list(evens))
    print(sum(map(square, filter(is_odd, [1, 2, 3]))))
    squares = map(square, [4, 5])
    print("made map")
    print(sorted(squares))
    xs = [3, -1, 4, -1, 5]
    print(",".join(map(str, xs)), list(map(abs, xs)), list(map(repr, ["a", "b"])))
    print(sum(map(int, "1 22 333".split())), list(map(float, ["1.5", "2"])), list(map(len, ["ab", "c", ""])))
    print(list(filter(bool, [0, 1, 2, 0])), list(map(ord, "AB")), "".join(map(chr, [72, 105])))
    print("-".join("abc"), "+".join(w.upper() for w in ["x", "y"]), "/".join({"k": 1, "j": 2}))
    for s in ["123", "\u00bd", "\u00b2", "\u0663", "", "abc", "_x1", "1x", "with space", "tab\t",
              "Title Case", "\u00e9t\u00e9", "\u00a0", "class", "x\u0301", "\u2167"]:
        print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isidentifier(), s.isprintable(),
              s.isascii(), s.istitle())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 10 >123 abc
# expect: 7 100
# expect: TypeError reduce() of empty iterable with no initial value
# expect:   square 1
# expect: got 1
# expect:   square 2
# expect: got 4
# expect:   square 3
# expect: got 9
# expect: [1, 3, 5, 7, 9] []
# expect:   square 1
# expect:   square 3
# expect: 10
# expect: made map
# expect:   square 4
# expect:   square 5
# expect: [16, 25]
# expect: 3,-1,4,-1,5 [3, 1, 4, 1, 5] ["'a'", "'b'"]
# expect: 356 [1.5, 2.0] [2, 1, 0]
# expect: [1, 2] [65, 66] Hi
# expect: a-b-c X+Y k/j
# expect: '123' True True True False True True False
# expect: '½' False False True False True False False
# expect: '²' False True True False True False False
# expect: '٣' True True True False True False False
# expect: '' False False False False True True False
# expect: 'abc' False False False True True True False
# expect: '_x1' False False False True True True False
# expect: '1x' False False False False True True False
# expect: 'with space' False False False False True True False
# expect: 'tab\t' False False False False False True False
# expect: 'Title Case' False False False False True True True
# expect: 'été' False False False True True False False
# expect: '\xa0' False False False False False False False
# expect: 'class' False False False True True True False
# expect: 'x́' False False False True True False False
# expect: 'Ⅷ' False False True True True False True
