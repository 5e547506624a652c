# match statements: the SyntaxErrors of patterns (message and position as
# CPython), and the soft keywords 'match' and 'case' used as names
SOURCES = [
    "match x:\n case a: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case a | 1: pass",
    "match x:\n case _ | 1: pass\n case 2: pass",
    "match x:\n case (y as z): pass\n case 2: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case 1 | a: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case C(x=1, y=2, x=3): pass",
    "match x:\n case C(x=1, 2): pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {1: a, True: b}: pass",
    "match x:\n case {-1: a, -1: b}: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case f(x)+1: pass",
    "match x:\n case 1+2: pass",
    "match x:\n case 1j+2j: pass",
    "match x:\n case a as 1: pass",
    "match x:\n case a as _: pass",
    "match x:\n case {**r, 'a': 1}: pass",
    "match x:\n case f'a': pass",
    "match x:\n case -a: pass",
    "match x:\n case *a: pass",
    "match x:\n case {**_}: pass",
    "match x:\n  pass",
    "match x:\n case (a as b) as b: pass",
    "match x:\n case 1\n  pass",
    "match x:\n case 1 2: pass",
    "match x:\n case {1 2}: pass",
    "match x:\ncase 1: pass",
    "match x:\n case 1:\n pass",
    "match x:\n case a.b(): pass\n case a: pass\n case 2: pass",
    "match x:\n case [1, 2] if y: pass\n case z if z: pass\n case w: pass",
    "match x:\n case [1, [a, *_], {'k': _, **kw}] | (1, [a, *kw], {}): pass",
]
for src in SOURCES:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), "->", e.msg, e.lineno, e.offset,
              e.end_lineno, e.end_offset)

match = [1, 2, 3]
case = {"k": 1}
print(match[0], case["k"])
match[1] = 5
print(match)
match (case):
    case {"k": v}:
        print("subject named case", v)
def match(a, case=2):
    return a + case
print(match(1), match(1, case=3))
