# re.error for bad patterns and replacement templates: CPython's message,
# position, line and column, raised when the pattern is compiled (at run time)
import re

PATTERNS: list[str] = [
    "a(b", "a)b", "*a", "a**", "a{2,1}", "[a", "[z-a]", "\\q", "(?<x>a)", "(?P<1a>x)",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(a\\1)", "\\2(a)", "(?<=a*)b", "(?P<a", "(?P", "(?",
    "(?z)", "(?i", "a|(?i)b", "[\\d-z]", "\\x1", "(?P=a", "a{1,2}{3}", "(?i-i:a)", "(?-i)",
    "(?(1)a|b|c)", "(?(x)a)", "[\\A]", "\\8", "\\400", "(?#abc", "^*", "x\n(y",
    "(?P<a>)(?P=a", "[\\z]", "a{4294967295}", "(?L)a", "\\", "[a-\\d]", "(?P<a>a)(?P=a)b)",
    "x++?", "(?<!a|bc)", "(?(0)a)", "(?P<>x)", "\\u12", "\\U00110000",
]
TEMPLATES: list[str] = [
    "\\2", "\\g<2>", "\\g<1", "\\g", "\\q", "\\", "\\g<>", "\\g<1x>", "\\11", "\\777",
]


def report(e: re.error) -> None:
    print(f"  error: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")


def main() -> None:
    for p in PATTERNS:
        print(repr(p))
        try:
            print("  compiled:", re.compile(p).groups)
        except re.error as e:
            report(e)
        except OverflowError as e:
            print("  OverflowError:", e)
    for t in TEMPLATES:
        print(repr(t))
        try:
            print("  ", re.sub("(a)", t, "xay"))
        except re.error as e:
            report(e)
    try:
        re.sub("(a)", "\\g<name>", "a")
    except IndexError as e:
        print("IndexError:", e)
    try:
        re.match("(a)", "a").group(2)
    except IndexError as e:
        print("IndexError:", e)
    err = re.error("plain")
    print(err, err.msg, err.pattern, err.pos)
    try:
        re.compile("a", re.LOCALE)
    except ValueError as e:
        print("ValueError:", e)
    print(re.compile("(?(2)a|b)(x)(y)").groups)


main()

# expect: 'a(b'
# expect:   error: missing ), unterminated subpattern at position 1 | msg='missing ), unterminated subpattern' pos=1 line=1 col=2
# expect: 'a)b'
# expect:   error: unbalanced parenthesis at position 1 | msg='unbalanced parenthesis' pos=1 line=1 col=2
# expect: '*a'
# expect:   error: nothing to repeat at position 0 | msg='nothing to repeat' pos=0 line=1 col=1
# expect: 'a**'
# expect:   error: multiple repeat at position 2 | msg='multiple repeat' pos=2 line=1 col=3
# expect: 'a{2,1}'
# expect:   error: min repeat greater than max repeat at position 2 | msg='min repeat greater than max repeat' pos=2 line=1 col=3
# expect: '[a'
# expect:   error: unterminated character set at position 0 | msg='unterminated character set' pos=0 line=1 col=1
# expect: '[z-a]'
# expect:   error: bad character range z-a at position 1 | msg='bad character range z-a' pos=1 line=1 col=2
# expect: '\\q'
# expect:   error: bad escape \q at position 0 | msg='bad escape \\q' pos=0 line=1 col=1
# expect: '(?<x>a)'
# expect:   error: unknown extension ?<x at position 1 | msg='unknown extension ?<x' pos=1 line=1 col=2
# expect: '(?P<1a>x)'
# expect:   error: bad character in group name '1a' at position 4 | msg="bad character in group name '1a'" pos=4 line=1 col=5
# expect: '(?P<a>x)(?P<a>y)'
# expect:   error: redefinition of group name 'a' as group 2; was group 1 at position 12 | msg="redefinition of group name 'a' as group 2; was group 1" pos=12 line=1 col=13
# expect: '(?P=b)'
# expect:   error: unknown group name 'b' at position 4 | msg="unknown group name 'b'" pos=4 line=1 col=5
# expect: '(a\\1)'
# expect:   error: cannot refer to an open group at position 2 | msg='cannot refer to an open group' pos=2 line=1 col=3
# expect: '\\2(a)'
# expect:   error: invalid group reference 2 at position 1 | msg='invalid group reference 2' pos=1 line=1 col=2
# expect: '(?<=a*)b'
# expect:   error: look-behind requires fixed-width pattern | msg='look-behind requires fixed-width pattern' pos=None line=None col=None
# expect: '(?P<a'
# expect:   error: missing >, unterminated name at position 4 | msg='missing >, unterminated name' pos=4 line=1 col=5
# expect: '(?P'
# expect:   error: unexpected end of pattern at position 3 | msg='unexpected end of pattern' pos=3 line=1 col=4
# expect: '(?'
# expect:   error: unexpected end of pattern at position 2 | msg='unexpected end of pattern' pos=2 line=1 col=3
# expect: '(?z)'
# expect:   error: unknown extension ?z at position 1 | msg='unknown extension ?z' pos=1 line=1 col=2
# expect: '(?i'
# expect:   error: missing -, : or ) at position 3 | msg='missing -, : or )' pos=3 line=1 col=4
# expect: 'a|(?i)b'
# expect:   error: global flags not at the start of the expression at position 2 | msg='global flags not at the start of the expression' pos=2 line=1 col=3
# expect: '[\\d-z]'
# expect:   error: bad character range \d-z at position 1 | msg='bad character range \\d-z' pos=1 line=1 col=2
# expect: '\\x1'
# expect:   error: incomplete escape \x1 at position 0 | msg='incomplete escape \\x1' pos=0 line=1 col=1
# expect: '(?P=a'
# expect:   error: missing ), unterminated name at position 4 | msg='missing ), unterminated name' pos=4 line=1 col=5
# expect: 'a{1,2}{3}'
# expect:   error: multiple repeat at position 6 | msg='multiple repeat' pos=6 line=1 col=7
# expect: '(?i-i:a)'
# expect:   error: bad inline flags: flag turned on and off at position 5 | msg='bad inline flags: flag turned on and off' pos=5 line=1 col=6
# expect: '(?-i)'
# expect:   error: missing : at position 4 | msg='missing :' pos=4 line=1 col=5
# expect: '(?(1)a|b|c)'
# expect:   error: conditional backref with more than two branches at position 8 | msg='conditional backref with more than two branches' pos=8 line=1 col=9
# expect: '(?(x)a)'
# expect:   error: unknown group name 'x' at position 3 | msg="unknown group name 'x'" pos=3 line=1 col=4
# expect: '[\\A]'
# expect:   error: bad escape \A at position 1 | msg='bad escape \\A' pos=1 line=1 col=2
# expect: '\\8'
# expect:   error: invalid group reference 8 at position 1 | msg='invalid group reference 8' pos=1 line=1 col=2
# expect: '\\400'
# expect:   error: octal escape value \400 outside of range 0-0o377 at position 0 | msg='octal escape value \\400 outside of range 0-0o377' pos=0 line=1 col=1
# expect: '(?#abc'
# expect:   error: missing ), unterminated comment at position 0 | msg='missing ), unterminated comment' pos=0 line=1 col=1
# expect: '^*'
# expect:   error: nothing to repeat at position 1 | msg='nothing to repeat' pos=1 line=1 col=2
# expect: 'x\n(y'
# expect:   error: missing ), unterminated subpattern at position 2 (line 2, column 1) | msg='missing ), unterminated subpattern' pos=2 line=2 col=1
# expect: '(?P<a>)(?P=a'
# expect:   error: missing ), unterminated name at position 11 | msg='missing ), unterminated name' pos=11 line=1 col=12
# expect: '[\\z]'
# expect:   error: bad escape \z at position 1 | msg='bad escape \\z' pos=1 line=1 col=2
# expect: 'a{4294967295}'
# expect:   OverflowError: the repetition number is too large
# expect: '(?L)a'
# expect:   error: bad inline flags: cannot use 'L' flag with a str pattern at position 3 | msg="bad inline flags: cannot use 'L' flag with a str pattern" pos=3 line=1 col=4
# expect: '\\'
# expect:   error: bad escape (end of pattern) at position 0 | msg='bad escape (end of pattern)' pos=0 line=1 col=1
# expect: '[a-\\d]'
# expect:   error: bad character range a-\d at position 1 | msg='bad character range a-\\d' pos=1 line=1 col=2
# expect: '(?P<a>a)(?P=a)b)'
# expect:   error: unbalanced parenthesis at position 15 | msg='unbalanced parenthesis' pos=15 line=1 col=16
# expect: 'x++?'
# expect:   error: multiple repeat at position 3 | msg='multiple repeat' pos=3 line=1 col=4
# expect: '(?<!a|bc)'
# expect:   error: look-behind requires fixed-width pattern | msg='look-behind requires fixed-width pattern' pos=None line=None col=None
# expect: '(?(0)a)'
# expect:   error: bad group number at position 3 | msg='bad group number' pos=3 line=1 col=4
# expect: '(?P<>x)'
# expect:   error: missing group name at position 4 | msg='missing group name' pos=4 line=1 col=5
# expect: '\\u12'
# expect:   error: incomplete escape \u12 at position 0 | msg='incomplete escape \\u12' pos=0 line=1 col=1
# expect: '\\U00110000'
# expect:   error: bad escape \U00110000 at position 0 | msg='bad escape \\U00110000' pos=0 line=1 col=1
# expect: '\\2'
# expect:   error: invalid group reference 2 at position 1 | msg='invalid group reference 2' pos=1 line=1 col=2
# expect: '\\g<2>'
# expect:   error: invalid group reference 2 at position 3 | msg='invalid group reference 2' pos=3 line=1 col=4
# expect: '\\g<1'
# expect:   error: missing >, unterminated name at position 3 | msg='missing >, unterminated name' pos=3 line=1 col=4
# expect: '\\g'
# expect:   error: missing < at position 2 | msg='missing <' pos=2 line=1 col=3
# expect: '\\q'
# expect:   error: bad escape \q at position 0 | msg='bad escape \\q' pos=0 line=1 col=1
# expect: '\\'
# expect:   error: bad escape (end of pattern) at position 0 | msg='bad escape (end of pattern)' pos=0 line=1 col=1
# expect: '\\g<>'
# expect:   error: missing group name at position 3 | msg='missing group name' pos=3 line=1 col=4
# expect: '\\g<1x>'
# expect:   error: bad character in group name '1x' at position 3 | msg="bad character in group name '1x'" pos=3 line=1 col=4
# expect: '\\11'
# expect:   error: invalid group reference 11 at position 1 | msg='invalid group reference 11' pos=1 line=1 col=2
# expect: '\\777'
# expect:   error: octal escape value \777 outside of range 0-0o377 at position 0 | msg='octal escape value \\777 outside of range 0-0o377' pos=0 line=1 col=1
# expect: IndexError: unknown group name 'name'
# expect: IndexError: no such group
# expect: plain plain None None
# expect: ValueError: cannot use LOCALE flag with a str pattern
# expect: 2
