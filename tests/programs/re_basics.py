# The re module: compile, the module functions, Pattern and Match objects,
# flags, replacement templates and functions, narrowing of an Optional Match
import re
from typing import Optional

WORD = re.compile(r"(?P<word>[a-z]+)(?:-(?P<num>\d+))?", re.IGNORECASE)


def shout(m: re.Match[str]) -> str:
    return m.group().upper() + "!"


def describe(m: Optional[re.Match[str]]) -> str:
    if not m:
        return "no match"
    return f"{m.group(0)!r} at {m.span()} groups={m.groups()} last={m.lastindex}/{m.lastgroup}"


class Swapper:
    count: int

    def __init__(self) -> None:
        self.count = 0

    def swap(self, m: re.Match[str]) -> str:
        self.count += 1
        return f"{m.group(2)}{m.group(1)}"


def matching() -> None:
    print(describe(WORD.match("Item-42 rest")))
    print(describe(WORD.match("  Item")), describe(WORD.search("  Item")))
    print(describe(WORD.fullmatch("abc-")), describe(WORD.fullmatch("abc-7")))
    print(describe(WORD.search("xx yy-3", 2)), describe(WORD.match("abcdef", 1, 3)))
    m = re.search(r"(\d+)\.(\d+)?", "v 3. and 4.5")
    if m is not None:
        print(m.group(1), m.group(2), m.groups(), m.groups("-"), m.start(2), m.end(2))
        print(m.span(1), m[1], m.re.pattern, m.pos, m.endpos, m.string)
    n = WORD.match("key-9")
    assert n is not None
    print(n.groupdict(), n.group("word"), n["num"], n.start("num"), n.expand(r"\g<num>=\1"))
    print(re.match(r"a|ab", "ab"), re.fullmatch(r"a|ab", "ab"), re.match("x", "y") is None)


def flags() -> None:
    print(re.findall(r"^\w+", "one\ntwo\nthree", re.MULTILINE))
    print(re.findall(r"^\w+$", "one\ntwo"), re.findall(r"(?m)\w+$", "one\ntwo\n"))
    print(re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"a.b", "a\nb axb"))
    print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
    print(re.findall(r"(?i)straße", "STRAßE strasse"), re.findall(r"[A-Z]+", "aBc", re.I | re.A))
    number = re.compile(r"""
        [-+]?        # sign
        \d+          # integer part
        (?:\.\d*)?   # fraction
    """, re.VERBOSE)
    print(number.findall("x = -12.5 + 7 - +3."), number.flags & re.VERBOSE != 0)
    print(re.compile("a"), re.compile("a", re.I | re.M | re.S), re.compile(r"\d", re.A).flags)
    print(re.compile("(?i)a").flags, int(re.I | re.X), int(re.IGNORECASE), int(re.NOFLAG))


def replacing() -> None:
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
    print(re.sub(r"[aeiou]", shout, "regular expressions"))
    print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "/", "abc"), re.subn(r"\s+", " ", "a  b \t c"))
    print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t\\", "a"), re.sub("a", r"\&", "a"))
    print(re.sub(r"o", lambda m: "0", "foo boo", count=2), re.sub("(?P<c>.)", r"\g<c>\g<1>", "ab"))
    s = Swapper()
    pair = re.compile(r"(\w)(\w)")
    print(pair.sub(s.swap, "abcdefg"), s.count, pair.subn(r"\2\1", "abcde", 1))
    print(re.escape("1+1=2? [yes] (no) a.b*c ^$ \\ é_-#&~"))


def splitting() -> None:
    print(re.split(r"\s*[,;]\s*", "a , b;c ,d"), re.split(r"(,)", "a,b,c"))
    print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"x*", "axbc"), re.split(r"\b", "hi you"))
    print(re.split(r"(?P<sep>[-+])", "1+2-3", 1), re.split("z", ""), re.split(r"(z)", "az"))


def scanning() -> None:
    text = "let x1 = 42 + foo(7) * 3.5;"
    spec = r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/=();]))"
    tokens: list[tuple[str, str]] = []
    for m in re.finditer(spec, text):
        kind = m.lastgroup
        if kind is not None:
            tokens.append((kind, m.group(kind) or ""))
    print(tokens)
    print([m.span() for m in re.finditer(r"\d*", "a12b")], re.findall(r"(\d)\d", "123456"))
    print([m.group() for m in re.compile(r"\w").finditer("abcdef", 1, 4)])
    pos = 0
    lexer = re.compile(r"\s*(\d+|\S)")
    out: list[str] = []
    while True:
        m = lexer.match(text, pos)
        if m is None:
            break
        out.append(m.group(1) or "")
        pos = m.end()
    print(out, pos == len(text))


def syntax() -> None:
    print(re.findall(r"(?<=\$)\d+", "$10 €20 $30"), re.findall(r"(?<!\$)\b\d+", "$10 20 $30"))
    print(re.findall(r"\w+(?=,)", "a, b c, d"), re.findall(r"\b\w+\b(?!,)", "a, b c, d"))
    print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it''s'"), re.match(r"(a+)b\1", "aabaa"))
    print(re.findall(r"(<)?\w+(?(1)>|$)", "<a> b <c"), re.match(r"(?>a+)a", "aaa"))
    print(re.match(r"a++b", "aab"), re.match(r"a*+a", "aaa"), re.match(r"x{2,3}?", "xxxx"))
    print(re.findall(r"a{,2}", "aaaaa"), re.findall(r"\d{2}", "12345"), re.match(r"a{,}", "a{,}"))
    print(re.findall(r"[^\W\d]+", "ab1cd_2"), re.findall(r"[\]\-^]", "a]-^b"), re.findall(r"[.]", "a.b"))
    print(re.findall(r"\x41\u00e9\101\0", "Aé" + "A\x00"), re.findall(r"\Bb\B|\bc", "abc cb"))
    print(re.match(r"(a)(b)?(c)", "ac").lastindex, re.match(r"((a)b)", "ab").lastindex)
    print(re.match(r"\Aab\Z", "ab\n"), re.match(r"ab$", "ab\n"), re.search(r"$", "ab\n").span())
    print(re.match(r"(?s:.)(?x: a b )(?-i:c)", "\nabc", re.I), re.findall(r"(?:ab)*?c", "ababc"))
    print(re.findall(r"\s+", "a\u00a0b\u2003c\x1cd"), re.findall(r"\d+", "٣4٥"))


matching()
flags()
replacing()
splitting()
scanning()
syntax()

# expect: 'Item-42' at (0, 7) groups=('Item', '42') last=2/num
# expect: no match 'Item' at (2, 6) groups=('Item', None) last=1/word
# expect: no match 'abc-7' at (0, 5) groups=('abc', '7') last=2/num
# expect: 'yy-3' at (3, 7) groups=('yy', '3') last=2/num 'bc' at (1, 3) groups=('bc', None) last=1/word
# expect: 3 None ('3', None) ('3', '-') -1 -1
# expect: (2, 3) 3 (\d+)\.(\d+)? 0 12 v 3. and 4.5
# expect: {'word': 'key', 'num': '9'} key 9 4 9=key
# expect: <re.Match object; span=(0, 1), match='a'> <re.Match object; span=(0, 2), match='ab'> True
# expect: ['one', 'two', 'three']
# expect: [] ['one', 'two']
# expect: ['a\nb', 'axb'] ['axb']
# expect: ['na', 've', 'caf'] ['naïve', 'café']
# expect: ['STRAßE'] ['aBc']
# expect: ['-12.5', '7', '+3.'] True
# expect: re.compile('a') re.compile('a', re.IGNORECASE|re.MULTILINE|re.DOTALL) 256
# expect: 34 66 2 0
# expect: home at joe, work at ann
# expect: rE!gU!lA!r E!xprE!ssI!O!ns
# expect: -a-b--d- /a/b/c/ ('a b c', 2)
# expect: [a][] 
# expect: 	\ \&
# expect: f00 boo aabb
# expect: badcfeg 3 ('bacde', 1)
# expect: 1\+1=2\?\ \[yes\]\ \(no\)\ a\.b\*c\ \^\$\ \\\ é_\-\#\&\~
# expect: ['a', 'b', 'c', 'd'] ['a', ',', 'b', ',', 'c']
# expect: ['a', 'b', 'c,d'] ['', 'a', '', 'b', 'c', ''] ['', 'hi', ' ', 'you', '']
# expect: ['1', '+', '2-3'] [''] ['a', 'z', '']
# expect: [('name', 'let'), ('name', 'x1'), ('op', '='), ('num', '42'), ('op', '+'), ('name', 'foo'), ('op', '('), ('num', '7'), ('op', ')'), ('op', '*'), ('num', '3.5'), ('op', ';')]
# expect: [(0, 0), (1, 3), (3, 3), (4, 4)] ['1', '3', '5']
# expect: ['b', 'c', 'd']
# expect: ['l', 'e', 't', 'x', '1', '=', '42', '+', 'f', 'o', 'o', '(', '7', ')', '*', '3', '.', '5', ';'] True
# expect: ['10', '30'] ['20']
# expect: ['a', 'c'] ['b', 'd']
# expect: <re.Match object; span=(0, 4), match="'it'"> <re.Match object; span=(0, 5), match='aabaa'>
# expect: ['<', ''] None
# expect: <re.Match object; span=(0, 3), match='aab'> None <re.Match object; span=(0, 2), match='xx'>
# expect: ['aa', 'aa', 'a', ''] ['12', '34'] <re.Match object; span=(0, 1), match='a'>
# expect: ['ab', 'cd_'] [']', '-', '^'] ['.']
# expect: ['AéA\x00'] ['b', 'c']
# expect: 3 1
# expect: None <re.Match object; span=(0, 2), match='ab'> (2, 2)
# expect: <re.Match object; span=(0, 4), match='\nabc'> ['ababc']
# expect: ['\xa0', '\u2003', '\x1c'] ['٣4٥']
