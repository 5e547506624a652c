# Comparisons: numbers (mixed int/float), strings, lists and tuples
# lexicographically, chains evaluated once per operand.
import sys


def val(label: str, v: int) -> int:
    print("eval", label)
    return v


def main(argv: list[str]) -> int:
    print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5.0, 5 != 5)
    print(1 < 1.5 < 2, 1 < 2 > 3, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
    print(val("a", 1) < val("b", 2) < val("c", 3))
    print(val("d", 5) < val("e", 2) < val("f", 3))
    print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "x" == "x")
    print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [1] == [1])
    print((1, "a") < (1, "b"), (0, 5) <= (0, 5), (1, 2) != (2, 1))
    print([[1], [2]] == [[1], [2]], {"a": 1} == {"a": 1}, {1, 2} == {2, 1})
    print({"a": 1} != {"a": 2}, "a" != "b")
    x = 5
    print(0 <= x < 10, 0 <= x < 5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True True False False True False
# expect: True False True True
# expect: eval a
# expect: eval b
# expect: eval c
# expect: True
# expect: eval d
# expect: eval e
# expect: False
# expect: True True True True True
# expect: True True True True
# expect: True True True
# expect: True True True
# expect: True True
# expect: True False
