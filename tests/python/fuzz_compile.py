# A bounded fuzz run of the tokenizer, parser and compiler: mutations of
# other programs of this corpus (characters deleted, doubled, swapped,
# inserted; lines duplicated or dropped; indentation changed), each given
# to compile().  The outcome of each (compiled or rejected) must be
# CPython's, and the interpreter must never crash.
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["basics_control.py", "basics_functions.py", "basics_classes.py",
           "comp_all_kinds.py", "gen_advanced.py", "num_format.py",
           "stmt_with.py", "exc_flow.py", "str_methods.py", "scope_rules.py"]
INSERTS = "()[]{}:;,.'\"\\\n\t #=+-*/%@!<>&|^~`$?0123456789abcxyzfrbuj_"
ROUNDS = 40

rng = random.Random(9)


def mutate(src):
    n = len(src)
    kind = rng.randrange(8)
    i = rng.randrange(n)
    if kind == 0:
        return src[:i] + src[i + 1:]
    if kind == 1:
        return src[:i] + src[i] + src[i:]
    if kind == 2 and i + 1 < n:
        return src[:i] + src[i + 1] + src[i] + src[i + 2:]
    if kind == 3:
        return src[:i] + rng.choice(INSERTS) + src[i:]
    lines = src.split("\n")
    k = rng.randrange(len(lines))
    if kind == 4:
        del lines[k]
    elif kind == 5:
        lines.insert(k, lines[rng.randrange(len(lines))])
    elif kind == 6:
        lines[k] = " " * rng.randrange(1, 9) + lines[k]
    else:
        lines[k] = lines[k].lstrip()
    return "\n".join(lines)


def outcome(src, name):
    try:
        compile(src, name, "exec")
        return "ok"
    except SyntaxError:
        # (the class and line of IndentationErrors differ in a few cases:
        # see "Known differences" in examples/python/README.md)
        return "SyntaxError"
    except (ValueError, RecursionError, MemoryError) as e:
        return type(e).__name__


counts = {}
for name in SOURCES:
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        original = f.read()
    for r in range(ROUNDS):
        src = original
        for m in range(rng.randrange(1, 4)):
            src = mutate(src)
        got = outcome(src, name)
        kind = got.split(" ")[0]
        counts[kind] = counts.get(kind, 0) + 1
        print(name, r, got)
print(sorted(counts.items()))
