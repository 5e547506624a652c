# inspect.cleandoc (margins, whitespace-only lines, tabs, blank ends),
# getdoc (inherited from a base, not from object) and Parameter's kind
import inspect

for doc in ("", "one", "  one  ", "\n\n", "a\n    b\n      c\n    ",
            "a\n    b\n\n          \n    c\n\n", "  x\n\ty\n\t  z",
            "first\n   \n\n", "\n\n  lead\n    more\n  back\n",
            "a\n\x0c  b\n  c", "t\n \n  deep\n"):
    print(repr(inspect.cleandoc(doc)))


class Base:
    """  Base's doc.
        indented
    """


class Child(Base):
    pass


class Plain:
    pass


def nodoc():
    pass


print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Plain)),
      repr(inspect.getdoc(nodoc)), repr(inspect.getdoc(Base())))
P = inspect.Parameter
print(P("x", 1).kind, P("x", P.KEYWORD_ONLY, default=2).kind)
for kind in (7, "x", -1):
    try:
        P("x", kind)
    except ValueError as e:
        print("ValueError:", e, type(e.__context__).__name__)
