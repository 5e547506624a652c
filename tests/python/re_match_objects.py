# re.Match, finditer and findall are native (mod_sre.py): every method and
# attribute of Match objects, with groups that did not take part, nested
# and named groups (lastindex, lastgroup), empty matches in finditer,
# findall and sub, bytes and bytearray subjects, str subclasses, pos and
# endpos out of range, and the errors of bad group arguments.
import copy
import re


def show(m):
    if m is None:
        print("None")
        return
    print(repr(m), m.group(), m.groups(), m.groups("-"), m.groupdict(),
          m.groupdict(default=0), m.span(), m.regs, m.lastindex,
          m.lastgroup, m.pos, m.endpos, m.string is not None)


def attempt(f):
    try:
        print("->", f())
    except Exception as e:
        print(type(e).__name__, e)


p = re.compile(r"(?P<word>[a-z]+)(?:-(?P<num>\d+))?|(\s)|((x)(y)?)")
for s in ["abc-12", "abc", " ", "xy", "x", "", "-", "xyz"]:
    show(p.match(s))
    show(p.search(s, 1))
    show(p.fullmatch(s))

m = p.match("hello-42 world")
print(m[0], m[1], m["word"], m["num"], m[3], m.group(1, "num", 0))
print(m.start(), m.end(), m.start(2), m.end("num"), m.span("word"),
      m.start(3), m.end(3), m.span(3))
print(m.expand(r"<\g<num>:\1:\g<0>>"), m.expand(template=r"\2\2"))
print(type(m).__name__, type(m).__module__, isinstance(m, re.Match),
      type(m) is re.Match, copy.copy(m) is m, copy.deepcopy(m) is m,
      hash(m) == hash(m), m.re is p, m.string)
for g in (7, -1, "nope", 1.5, None, "", True, False):
    attempt(lambda: m.group(g))
    attempt(lambda: m.span(g))
    attempt(lambda: m[g])
attempt(lambda: m.start(1, 2))
attempt(lambda: m.groups(1, 2))
attempt(lambda: m.groups(fill=1))
attempt(lambda: m.expand())
attempt(lambda: m.expand(r"\9"))
attempt(lambda: re.Match())

# nested groups: lastindex is the last group closed
for pat, s in [(r"(a(b)?)+", "abab"), (r"((a)|(b))*", "abba"),
               (r"(?P<o>(?P<i>x))", "x"), (r"(a)(?:b)", "ab"),
               (r"(?:a)", "a"), (r"(a)|(b)", "b"), (r"((a)b)", "ab")]:
    show(re.match(pat, s))

# empty matches: finditer, findall, sub and split around them
for pat, s in [(r"x*", "axxb"), (r"\b", "ab cd"), (r"", "abc"),
               (r"(a)|b", "abcab"), (r"(a)(b)?", "aab"), (r"a|(?=b)", "abab"),
               (r"$", "a\nb\n"), (r"(?m)^", "a\nb\n")]:
    print(repr(pat), [m.span() for m in re.finditer(pat, s)],
          re.findall(pat, s), re.sub(pat, "-", s), re.split(pat, s),
          re.subn(pat, lambda m: "<%s>" % m.group(), s))

# pos and endpos, clipped as CPython does
q = re.compile(r"\w+")
for pos, endpos in [(0, 100), (-5, 3), (2, 1), (4, 2), (10, 20), (1, -1)]:
    print(pos, endpos, [m.span() for m in q.finditer("ab cd", pos, endpos)],
          q.findall("ab cd", pos, endpos), show(q.search("ab cd", pos, endpos)))
attempt(lambda: q.finditer("ab", "1"))
attempt(lambda: q.findall(b"ab"))
attempt(lambda: q.finditer(3))
it = q.finditer("a b")
print(next(it).group(), next(it).group(), next(it, "end"), next(it, "end"),
      iter(it) is it)

# bytes, bytearray and str subclass subjects
class S(str):
    pass


for subject in (b"ab12cd", bytearray(b"ab12cd")):
    attempt(lambda: [m.group(0, 1) for m in re.finditer(rb"([a-z])\d?", subject)])
    attempt(lambda: re.findall(rb"([a-z])(\d)?", subject))
    attempt(lambda: re.match(rb"(?P<l>[a-z]+)", subject).groupdict())
    attempt(lambda: type(re.match(rb"a", subject).string).__name__)
ms = re.search(r"(\d+)", S("ab12"))
print(type(ms.group(1)).__name__, type(ms.string).__name__, ms.group(1))
print(re.findall(r"(\w)(\d)?", "a1b2c"), re.findall(r"\w(\d)", "a1bb"),
      re.findall(r"é(.)", "éaéü€é"), [m.group() for m in re.finditer("€.", "€a€€b")])
print(repr(re.match(r".*", "x" * 80)), repr(re.match(rb"a+", b"aaa")),
      repr(re.match(r"'", "'")), repr(re.match(r"", "abc")))

# sub and subn: callables (None and empty results, bad types), templates
# with groups that did not take part, count, and the type of the result
for repl in (lambda m: 0, lambda m: None, lambda m: "", lambda m: 5,
             lambda m: b"x", lambda m: m.group().upper(), r"[\1\g<0>]",
             "plain", r"\n\\", 3):
    attempt(lambda: re.subn("(a)|b", repl, "abca"))
attempt(lambda: re.sub(b"a", lambda m: "x", b"abca"))
attempt(lambda: re.sub(b"(a)", lambda m: bytearray(b"x"), b"abca"))
attempt(lambda: re.sub(b"(a)|c", rb"<\1>", bytearray(b"abca")))
for count in (0, 1, 2, -1, 10):
    print(count, re.subn("a", "-", "aaa", count), re.sub("", "-", "ab", count))
class B(bytes):
    pass


for s in ("abc", S("abc"), b"abc", B(b"abc")):
    pat = "z" if isinstance(s, str) else b"z"
    r = re.sub(pat, pat, s)
    print(type(r).__name__, r is s, r)
    r = re.sub(pat[:0], pat, s)
    print(type(r).__name__, r)
print(re.sub(r"(?P<x>\w)(\d)?", r"\g<x>\2.", "a1b"), re.sub("é", "€", "aéb"))
