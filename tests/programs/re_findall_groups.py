# issue 8: re.findall with a literal pattern returns what CPython returns:
# strings without groups or with one, tuples of strings with two or more
# ("" for a group that did not take part); named groups count, (?:...),
# lookarounds, escaped and bracketed parentheses do not; flags too.
import re

CONFIG = """
width = 80
# comment
name=rtrans  ; tail
depth= 3
"""


def main() -> None:
    pairs = re.findall(r"^(\w+)\s*=\s*(\w+)", CONFIG, re.MULTILINE)
    print(pairs)
    for key, value in pairs:
        print(f"{key:>6} -> {value}")
    print(re.findall(r"(\d+)-(\d+)?", "1-2 3- 45-6"))
    print(re.findall(r"(?P<op>[+*/-])(?:\s*)(\d+)", "+ 1 *2 / 30 -4"))
    print(re.findall(r"([a-z])\((\d)\)([!?]?)", "f(1)! g(2) h(3)?"))
    print(re.findall(r"[(]([a-z]+)[)]|\\\((\d)", r"(ab) \(7 (cd)"))
    print(re.findall(r"(A)(B)(C)(D)(E)?", "ABCDE ABCD", flags=re.IGNORECASE))
    print(re.findall(r"(?=(\w))(\w)", "xy"), re.findall(r"(<)?(\w)(?(1)>|$)", "<a> b <c"))
    print(re.findall(r"(\w+)@(\w+)\.com", "no mail here"))
    print(re.findall(r"\d+", "a1b22c333"), re.findall(r"<(\w+)>", "<a><bc>"))
    rows = re.findall(r"(\w)(\d)", "a1 b2 c3")
    print(sorted(rows, reverse=True), len(rows), rows[0][1])


if __name__ == "__main__":
    main()

# expect: [('width', '80'), ('name', 'rtrans'), ('depth', '3')]
# expect:  width -> 80
# expect:   name -> rtrans
# expect:  depth -> 3
# expect: [('1', '2'), ('3', ''), ('45', '6')]
# expect: [('+', '1'), ('*', '2'), ('/', '30'), ('-', '4')]
# expect: [('f', '1', '!'), ('g', '2', ''), ('h', '3', '?')]
# expect: [('ab', ''), ('', '7'), ('cd', '')]
# expect: [('A', 'B', 'C', 'D', 'E'), ('A', 'B', 'C', 'D', '')]
# expect: [('x', 'x'), ('y', 'y')] [('<', 'a'), ('', 'c')]
# expect: []
# expect: ['1', '22', '333'] ['a', 'bc']
# expect: [('c', '3'), ('b', '2'), ('a', '1')] 3 1
