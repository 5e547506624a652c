# str.split (whitespace, separator, maxsplit), rsplit, splitlines, join.
import sys


def main(argv: list[str]) -> int:
    print("  a  b\tc\nd  ".split(), "".split(), "   ".split())
    print("a,b,,c".split(","), ",a,".split(","), "abc".split("b"), "".split(","))
    print("a::b::c".split("::"), "a b c d".split(" ", 2), "a,b,c".split(",", 0))
    print("a b  c".split(None, 1), "x-y-z".rsplit("-", 1), "  p q  r ".rsplit(None, 1))
    print("a b c".rsplit(), "a,b".rsplit(","), "1.2.3".rsplit(".", 5))
    print("l1\nl2\r\nl3\rl4".splitlines(), "end\n".splitlines(), "".splitlines(), "\n\n".splitlines())
    nothing: list[str] = []
    print(",".join(["a", "b", "c"]), "".join(["x", "y"]), repr("-".join(nothing)), " + ".join(list("abc")))
    print("\n".join(["first", "second"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: ['a', 'b', 'c', 'd'] [] []
# expect: ['a', 'b', '', 'c'] ['', 'a', ''] ['a', 'c'] ['']
# expect: ['a', 'b', 'c'] ['a', 'b', 'c d'] ['a,b,c']
# expect: ['a', 'b  c'] ['x-y', 'z'] ['  p q', 'r']
# expect: ['a', 'b', 'c'] ['a', 'b'] ['1', '2', '3']
# expect: ['l1', 'l2', 'l3', 'l4'] ['end'] [] ['', '']
# expect: a,b,c xy '' a + b + c
# expect: first
# expect: second
