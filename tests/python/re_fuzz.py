# re: a bounded randomized differential check - patterns generated from the syntax (classes, groups, named
# groups, backreferences, quantifiers, lookarounds, anchors, flags) matched against random subjects; the harness
# compares every result (match, search, fullmatch, findall, sub, split) and every error with CPython's
import random
import sys

import re

ATOMS = ['a', 'b', 'c', '.', r'\d', r'\w', r'\s', r'\W', '[ab]', '[^a]', '[a-c0-2]', r'[\d_]', '[-a]', r'\b',
         '^', '$', r'\B', r'\.', 'x', '0', ' ', r'\A', r'\Z', '\u00e9', 'A']
ANCHORS = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
QUANTS = ['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{,2}', '{2,}', '{0,1}?', '*+', '++', '{1,3}?']
ALPHABET = 'abcAx0 1_.\u00e9\n'


def gen(rng, depth, groups):
    """A random pattern; groups counts the capturing groups opened."""
    out = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if depth < 3 and r < 0.25:
            kind = rng.choice(['(', '(?:', '(?P<g%d>', '(?=', '(?!', '(?>', '(?i:'])
            if kind == '(' or kind == '(?P<g%d>':
                groups[0] += 1
                if kind != '(':
                    kind = kind % groups[0]
            body = gen(rng, depth + 1, groups)
            if rng.random() < 0.3:
                body += '|' + gen(rng, depth + 1, groups)
            out.append(kind + body + ')')
        elif r < 0.3 and groups[0] > 0:
            out.append('\\%d' % rng.randint(1, groups[0]))
        elif r < 0.35:
            out.append(rng.choice(['(?<=a)', '(?<!b)', '(?<=\\d)', '(?<!ab)']))
        else:
            out.append(rng.choice(ATOMS))
        anchor = out[-1] in ANCHORS or out[-1].startswith('(?<') or out[-1][:3] in ('(?=', '(?!')
        if rng.random() < (0.02 if anchor else 0.35):
            out[-1] += rng.choice(QUANTS)
    return ''.join(out)


def run(fn):
    try:
        return fn()
    except re.error as e:
        return 'error: %s' % e


def show_match(m):
    if m is None:
        return None
    return (m.span(), m.groups(), m.lastindex)


# another seed as the first argument: a wider run by hand (python3 vs rtpython)
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 2024)
for i in range(400):
    groups = [0]
    pattern = gen(rng, 0, groups)
    if rng.random() < 0.1:
        pattern += '|' + gen(rng, 0, groups)
    flags = rng.choice([0, 0, 0, re.I, re.M, re.S, re.A, re.I | re.M])
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        print(i, repr(pattern), 'error:', e)
        continue
    for _ in range(3):
        subject = ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 10)))
        print(i, repr(pattern), flags, repr(subject),
              show_match(p.match(subject)), show_match(p.search(subject)), show_match(p.fullmatch(subject)),
              p.findall(subject), run(lambda: p.subn('<\\g<0>>', subject)), p.split(subject, 3))
