#!/usr/bin/env python3
"""Randomized differential test of the `re` module of translated programs.

    tests/harness/re-differential.py [--seed S] [--cases N] [--rounds R] [--write FILE]

Each round generates N random patterns (literals, classes, categories,
anchors, groups of every kind, backreferences, alternation, greedy, lazy
and possessive repeats, lookarounds, inline flags) and subjects over a
small alphabet, writes one program that runs every re function on them,
translates it with build/bin/rtrans, and compares its output with
CPython's line by line.  Exit status 1 at the first difference (the
program is kept and named).  `--write FILE` writes the program of the
first round with its `# expect:` lines instead: that is how the
deterministic slice tests/programs/re_differential.py is made.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROGRAM = '''import re

CASES: list[tuple[str, int]] = [
%s
]
SUBJECTS: list[str] = [
%s
]


def show(m: re.Match[str] | None) -> str:
    if m is None:
        return "-"
    return f"{m.span()}{m.groups()}{m.lastindex}"


def run(pattern: str, flags: int) -> None:
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print("error", e, e.pos)
        return
    for s in SUBJECTS:
        spans = [m.span() for m in p.finditer(s)]
        line = f"{show(p.search(s))} {show(p.match(s))} {show(p.fullmatch(s))} {spans}"
        line += f" {show(p.search(s, 1, len(s) - 1))}"
        if p.groups <= 1:
            line += f" {p.findall(s)}"
        if p.groups == 0:
            line += f" {p.split(s)}"
        line += " " + p.sub(r"<\\g<0>>", s, 3)
        if p.groups >= 1:
            line += " " + p.sub(r"[\\1]", s)
        print(repr(s), line)


for pattern, flags in CASES:
    print(repr(pattern), flags)
    run(pattern, flags)
'''

ATOMS = ['a', 'b', 'c', 'ab', '.', '[ab]', '[^a]', '[a-c]', r'\d', r'\w', r'\s', r'\W',
         r'\b', r'\B', '^', '$', r'\A', r'\Z', 'A', '-', r'\-', '[-a]', r'[\w-]', 'x']


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.groups = 0
        self.closed = []

    def atom(self, depth, fixed):
        r = self.rng.random()
        if depth < 3 and r < 0.3:
            return self.group(depth, fixed)
        if not fixed and self.closed and r < 0.35:
            return '\\%d' % self.rng.choice(self.closed)
        a = self.rng.choice(ATOMS)
        return a

    def group(self, depth, fixed):
        kind = self.rng.choice(['(', '(', '(?:', '(?P<n%d>', '(?=', '(?!', '(?<=', '(?<!',
                                '(?i:', '(?>'])
        if kind in ('(?<=', '(?<!'):
            body = ''.join(self.rng.choice(['a', 'b', '.', '[ab]', r'\d'])
                           for _ in range(self.rng.randint(1, 2)))
            return kind + body + ')'
        if kind in ('(', '(?P<n%d>'):
            self.groups += 1
            g = self.groups
            head = kind % g if '%' in kind else kind
            body = self.alt(depth + 1, fixed)
            self.closed.append(g)
            return head + body + ')'
        return kind + self.alt(depth + 1, fixed) + ')'

    def item(self, depth, fixed):
        a = self.atom(depth, fixed)
        if fixed or a in ('^', '$', r'\A', r'\Z', r'\b', r'\B') or self.rng.random() < 0.55:
            return a
        q = self.rng.choice(['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '{0}'])
        return a + q + self.rng.choice(['', '', '?', '+'])

    def seq(self, depth, fixed):
        return ''.join(self.item(depth, fixed) for _ in range(self.rng.randint(0 if depth else 1, 3)))

    def alt(self, depth, fixed):
        branches = [self.seq(depth, fixed)]
        while self.rng.random() < 0.3:
            branches.append(self.seq(depth, fixed))
        return '|'.join(branches)


def pattern(rng):
    p = Gen(rng).alt(0, False)
    if rng.random() < 0.1:
        p = rng.choice(['(?i)', '(?m)', '(?s)', '(?x) ']) + p
    if rng.random() < 0.04:       # an error now and then
        p = p[:rng.randint(0, len(p))] + rng.choice(['(', ')', '[', '*', '{1,0}', '\\q', '(?<x>)'])
    return p


def subject(rng):
    return ''.join(rng.choice('aabbcA1 -\n_') for _ in range(rng.randint(0, 8)))


def program(rng, ncases):
    cases = []
    for _ in range(ncases):
        flags = rng.choice([0, 0, 0, 2, 8, 16, 256, 2 | 8])
        cases.append('    (%r, %d),' % (pattern(rng), flags))
    subjects = ['    %r,' % subject(rng) for _ in range(6)] + ["    '',", "    'ab\\nab',"]
    return PROGRAM % ('\n'.join(cases), '\n'.join(subjects))


def run_cpython(path):
    return subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=120)


def run_rtrans(path, exe):
    tr = subprocess.run([os.path.join(ROOT, 'build/bin/rtrans'), path, '-o', exe],
                        capture_output=True, text=True)
    if tr.returncode:
        return tr
    return subprocess.run([exe], capture_output=True, text=True, timeout=120)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--cases', type=int, default=60)
    ap.add_argument('--rounds', type=int, default=1)
    ap.add_argument('--write')
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if args.write:
        text = program(rng, args.cases)
        want = run_cpython_text(text)
        with open(args.write, 'w') as f:
            f.write('# Generated by tests/harness/re-differential.py --seed %d --cases %d:\n'
                    '# random patterns and subjects, every re function, compared with CPython.\n'
                    % (args.seed, args.cases))
            f.write(text)
            f.write('\n')
            for line in want.splitlines():
                f.write('# expect: %s\n' % line if line else '# expect:\n')
        return 0
    tmp = tempfile.mkdtemp(prefix='re-diff-')
    for r in range(args.rounds):
        path = os.path.join(tmp, 'round%d.py' % r)
        with open(path, 'w') as f:
            f.write(program(rng, args.cases))
        want = run_cpython(path)
        got = run_rtrans(path, os.path.join(tmp, 'round%d' % r))
        if want.stdout != got.stdout or got.returncode != want.returncode:
            a = want.stdout.splitlines()
            b = got.stdout.splitlines()
            for i in range(max(len(a), len(b))):
                x = a[i] if i < len(a) else '<end>'
                y = b[i] if i < len(b) else '<end>'
                if x != y:
                    print('%s: line %d differs\n  cpython: %s\n  rtrans:  %s' % (path, i + 1, x, y))
                    break
            print(got.stderr[-2000:])
            return 1
        print('round %d: %d patterns agree' % (r, args.cases))
    return 0


def run_cpython_text(text):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(text)
    try:
        return run_cpython(f.name).stdout
    finally:
        os.unlink(f.name)


if __name__ == '__main__':
    sys.exit(main())
