# A tokenizer loop: finditer of one pattern of named alternatives over
# about 100 KB of program text, counting the tokens of each kind (the re
# module of the prelude against CPython's C engine).
# bench-size: 20
# bench-quick: 2
import re
import sys

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<str>"(?:[^"\\]|\\.)*")
  | (?P<op>==|!=|<=|>=|[-+*/%=<>(){}\[\],.:;])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)

LINE = 'total = total + price_of(item, 3.25) * count  # "quoted \\" text" != 42;\n'


def main() -> None:
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    text = LINE * (100000 // len(LINE))
    counts: dict[str, int] = {}
    for _ in range(reps):
        for m in TOKEN.finditer(text):
            kind = m.lastgroup or "?"
            counts[kind] = counts.get(kind, 0) + 1
    print(len(text), sorted(counts.items()))


main()
