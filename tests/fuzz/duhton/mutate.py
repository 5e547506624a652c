#!/usr/bin/env python3
"""Seeded mutants of the Duhton test programs, for the Duhton fuzz step.

    mutate.py SEED COUNT OUTDIR

writes OUTDIR/m0000.duh ... from tests/duhton/programs/*.duh (those that
run a single thread: several threads may print in any order).  Each
mutant applies one to four edits to a program's tokens: delete, duplicate
or swap a token or a whole parenthesised form, replace an atom by an edge
value (32-bit limits, 0, -1, an empty list, a string, a symbol of the
language), or unbalance the parentheses.  The same seed gives the same
mutants.  tests/fuzz/test_seeded.c runs each under CPython's
examples/duhton/duhton.py and the translated interpreter and compares.
"""
import os
import random
import re
import sys

TOKEN = re.compile(r'\s+|;[^\n]*|"(?:[^"\\]|\\.)*"|[()]|[^\s()";]+')
EDGE_ATOMS = ["0", "-1", "1", "2147483647", "-2147483648", "4294967296", "0x7fffffff",
              "(list)", "\"\"", "\"x\"", "nil", "t", "(quote x)", "(cons 1 2)", "x", "y",
              "print", "setq", "defun", "while", "if", "car", "cdr", "len", "get",
              "append", "+", "-", "/", "%", "<<", "(/ 1 0)", "(% 5 0)"]


def tokens(text: str) -> list[str]:
    return [t for t in TOKEN.findall(text) if t.strip() and not t.startswith(";")]


def form_end(toks: list[str], i: int) -> int:
    """Index after the form starting at i (a token or a balanced list)."""
    if toks[i] != "(":
        return i + 1
    depth = 0
    for j in range(i, len(toks)):
        depth += {"(": 1, ")": -1}.get(toks[j], 0)
        if depth == 0:
            return j + 1
    return len(toks)


def mutate_once(r: random.Random, toks: list[str]) -> list[str]:
    if not toks:
        return [r.choice(EDGE_ATOMS)]
    starts = [n for n, t in enumerate(toks) if t != ")"]   # where a form starts
    if not starts:
        return toks[1:]
    i = r.choice(starts)
    end = form_end(toks, i)
    k = r.random()
    if k < 0.2:                                   # delete a form
        return toks[:i] + toks[end:]
    if k < 0.35:                                  # duplicate a form
        return toks[:end] + toks[i:end] + toks[end:]
    if k < 0.5:                                   # swap with another form
        j = r.choice(starts)
        jend = form_end(toks, j)
        if jend <= i or j >= end:
            a, b = sorted([(i, end), (j, jend)])
            if a[1] <= b[0]:
                return toks[:a[0]] + toks[b[0]:b[1]] + toks[a[1]:b[0]] + toks[a[0]:a[1]] + toks[b[1]:]
        return toks
    if k < 0.85:                                  # replace an atom
        if toks[i] in "()":
            return toks
        return toks[:i] + [r.choice(EDGE_ATOMS)] + toks[i + 1:]
    if k < 0.9:                                   # unbalance
        return toks[:i] + [r.choice("()")] + toks[i:]
    return toks[:i] + ["(", r.choice(EDGE_ATOMS)] + toks[i:end] + [")"] + toks[end:]


def main(argv: list[str]) -> int:
    seed, count, outdir = int(argv[1]), int(argv[2]), argv[3]
    here = os.path.dirname(os.path.abspath(__file__))
    progs = os.path.join(here, "..", "..", "duhton", "programs")
    sources = []
    for name in sorted(os.listdir(progs)):
        if not name.endswith(".duh"):
            continue
        with open(os.path.join(progs, name), encoding="utf-8") as f:
            text = f.read()
        if "; threads:" not in text and "(transaction" not in text:
            sources.append(tokens(text))
    r = random.Random(seed)
    weights = [len(t) for t in sources]         # the long programs do the most
    for n in range(count):
        toks = list(r.choices(sources, weights)[0])
        for _ in range(r.randint(1, 4)):
            toks = mutate_once(r, toks)
        with open(os.path.join(outdir, f"m{n:04d}.duh"), "w", encoding="utf-8") as f:
            f.write(" ".join(toks) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
