# findall of a compiled pattern with groups gives tuples, as CPython's
# (issue 8): re.compile(LITERAL).findall(s), a variable or global holding
# re.compile(LITERAL), or a pattern computed at run time whose result is
# annotated list[tuple[str, ...]]; patterns computed at run time work for
# match, search, sub and findall of one group too.
import re

ASSIGN = re.compile(r"(\w+)\s*=\s*(-?\d+)")
DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def settings(text: str) -> dict[str, int]:
    return {k: int(v) for k, v in ASSIGN.findall(text)}


def words_between(sep: str, text: str) -> list[str]:
    pat = "[^" + re.escape(sep) + "]+"
    return re.findall(pat, text)


def main() -> None:
    print(settings("a = 1; b=22 ;c= -3"))
    print(DATE.findall("from 2024-01-31 to 2025-12-01"))
    for y, m, d in DATE.findall("1999-12-31"):
        print(d, m, y)
    kv = re.compile(r"(?P<key>[a-z]+):(?P<val>[^,]*)(,|$)")
    print(kv.findall("x:1,y:,z:three"))
    print(re.compile(r"<(\w)(\d)?>").findall("<a1><b><c3>"))
    one = re.compile(r"#(\w+)")
    print(one.findall("#tag #more no"), one.sub(r"[\1]", "#tag #more no"))
    print(words_between(";", "a;bb;;ccc"), words_between(".", "x.y"))
    spec = "(" + "|".join(["if", "else", "while"]) + r")\s+(\w+)"
    rows: list[tuple[str, str]] = re.compile(spec).findall("if x while y else z")
    print(rows)
    dyn = re.compile(spec)
    m = dyn.match("while go")
    if m is not None:
        print(m.group(1), m.group(2), m.span(2))
    print(re.sub(spec, r"\2:\1", "if a else b"), dyn.search("- else q") is not None)
    print(re.match(r"\d+" if len(spec) > 3 else r"\w+", "42abc") is not None)


main()

# expect: {'a': 1, 'b': 22, 'c': -3}
# expect: [('2024', '01', '31'), ('2025', '12', '01')]
# expect: 31 12 1999
# expect: [('x', '1', ','), ('y', '', ','), ('z', 'three', '')]
# expect: [('a', '1'), ('b', ''), ('c', '3')]
# expect: ['tag', 'more'] [tag] [more] no
# expect: ['a', 'bb', 'ccc'] ['x', 'y']
# expect: [('if', 'x'), ('while', 'y'), ('else', 'z')]
# expect: while go (6, 8)
# expect: a:if b:else True
# expect: True
