# Regular expressions: the tokenizer loop of an interpreter - re.finditer
# over one verbose pattern of named alternatives (numbers, names, strings,
# operators, comments, whitespace), dispatching on m.lastgroup - over a
# generated Python-like source of N kilobytes (a fixed linear congruential
# generator, so every implementation tokenizes the same text).  Argument:
# the source's size in kilobytes.
#
# bench-size: 1000
# bench-quick: 100
# expect: retok 1000 KB: 186265 tokens, kinds [('NUMBER', 35963), ('NAME', 71488), ('OP', 35585), ('NEWLINE', 21525), ('COMMENT', 7250), ('STRING', 14454)] digest 442713137
# expect-quick: retok 100 KB: 18557 tokens, kinds [('NUMBER', 3581), ('NAME', 7198), ('OP', 3440), ('NEWLINE', 2158), ('COMMENT', 714), ('STRING', 1466)] digest 51769025
import re
import sys

TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[^\W\d]\w*)
  | (?P<STRING>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<OP>==|!=|<=|>=|\*\*|//|->|[-+*/%=<>()\[\]{}:,.])
  | (?P<COMMENT>\#[^\n]*)
  | (?P<NEWLINE>\n)
  | (?P<SKIP>[ \t]+)
''', re.VERBOSE)

WORDS = ("def", "return", "x", "value", "count", "items", "self", "len",
         "range", "total", "name", "if", "else", "for", "in", "node")
OPS = ("=", "+", "-", "*", "**", "//", "==", "!=", "<=", "(", ")", "[", "]",
       ",", ":", ".")


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state % n


def generate(rng, size):
    parts = []
    length = 0
    while length < size:
        r = rng.next(10)
        if r < 4:
            piece = WORDS[rng.next(len(WORDS))]
        elif r < 6:
            piece = OPS[rng.next(len(OPS))]
        elif r < 8:
            piece = str(rng.next(100000)) + ("" if rng.next(2) else ".5e-3")
        elif r < 9:
            piece = '"s%d \\" q"' % rng.next(1000) if rng.next(2) else "'t'"
        else:
            piece = "\n" if rng.next(6) else "  # note %d\n" % rng.next(99)
        parts.append(piece)
        parts.append(" ")
        length += len(piece) + 1
    return "".join(parts)


def main():
    kb = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    text = generate(Lcg(7), kb * 1000)
    kinds = {}
    ntokens = 0
    digest = 0
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        ntokens += 1
        kinds[kind] = kinds.get(kind, 0) + 1
        digest = (digest * 31 + len(m.group()) + m.start()) % 1000000007
    print(f"retok {kb} KB: {ntokens} tokens, kinds {list(kinds.items())} "
          f"digest {digest}")


if __name__ == "__main__":
    main()
