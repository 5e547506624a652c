# strip, lstrip and rstrip return the str itself when nothing is removed
# (an exact str, as CPython) and a new one otherwise, also for str
# subclasses; the chars argument (None, unicode, empty) and the TypeError
# messages of strip and of ljust/rjust/center's fill.
class S(str):
    pass


for s in ["abc", "", "  abc  ", "xxaxx", "héllo", "日本語 "]:
    for name in ("strip", "lstrip", "rstrip"):
        r1 = getattr(s, name)()
        r2 = getattr(s, name)("x")
        r3 = getattr(s, name)(None)
        r4 = getattr(s, name)("")
        print(name, repr(s), repr(r1), repr(r2), r1 is s, r2 is s, r3 is s,
              r4 is s, type(r1).__name__)

sub = S("abc")
for r in (sub.strip(), sub.lstrip("z"), sub.rstrip(), S(" a ").strip()):
    print(repr(r), type(r).__name__, r is sub)

print("ééaéé".strip("é"), "€x€".lstrip("€"), "a,b;".rstrip(",;:."),
      "..word;".strip(",;:."), repr(",;:.".strip(",;:.")))

for call in (lambda: "abc".strip(1), lambda: "abc".lstrip(b"a"),
             lambda: "abc".rstrip(3.0), lambda: "abc".ljust(5, 1),
             lambda: "abc".rjust(5, None), lambda: "abc".center(5, b"x"),
             lambda: "abc".center(5, "xy"),
             lambda: "abc".startswith(("a", 2))):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# startswith/endswith with a tuple test its items in order: a match
# returns before an item that is not a str, a non-str before a match raises
for call in (lambda: "abc".startswith(("a", 2)), lambda: "abc".startswith((2, "a")),
             lambda: "abc".endswith(("x", "c", None)), lambda: "abc".endswith(("x", 1.5)),
             lambda: "abc".startswith(("", 1), 9), lambda: "abc".startswith((1,), 9),
             lambda: "abc".startswith(("b", "ab"), 1, 2), lambda: "abc".endswith(("", "c"), 2, 1),
             lambda: "abc".startswith(("",), 3), lambda: "abc".startswith(("",), 4)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
