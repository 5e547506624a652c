# String literal forms: quotes, triple quotes, raw strings, every escape,
# line continuation inside a string, adjacent literal concatenation.
import sys


def main(argv: list[str]) -> int:
    print('single', "double", '''triple single''', """triple double""")
    print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
    print("tab[\t] backslash[\\] nul-len", len("\0"), ord("\0"))
    print(len("a\nb"), len("a\rb"), ord("\r"), ord("\n"))
    print("\x41\x62", "\u00e9", "\u20ac", "\U0001F600" == "\U0001f600")
    print(len("\U0001F600"), ord("\U0001F600"))
    print(r'a\d\n', len(r'\n'), r"raw \"quote")
    s = "one \
two"
    print(s)
    t = """line1
line2
  line3"""
    print(t)
    print("ab" "cd" 'ef', "x" f"{1 + 1}" "y")
    u = ("implicit "
         "concatenation "
         "across lines")
    print(u)
    print(repr("\t\n\\'\""), repr('\x00\x7f'))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: single double triple single triple double
# expect: it's say "hi" mixed "quotes" mixed 'quotes'
# expect: tab[	] backslash[\] nul-len 1 0
# expect: 3 3 13 10
# expect: Ab é € True
# expect: 1 128512
# expect: a\d\n 2 raw \"quote
# expect: one two
# expect: line1
# expect: line2
# expect:   line3
# expect: abcdef x2y
# expect: implicit concatenation across lines
# expect: '\t\n\\\'"' '\x00\x7f'
