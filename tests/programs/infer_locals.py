# Locals first given an empty container or None take their type from what
# the function does with them later, as mypy infers them.
import sys


class Token:
    def __init__(self, kind: str, text: str) -> None:
        self.kind = kind
        self.text = text


def tokenize(src: str) -> list[Token]:
    out = []
    word = ""
    for ch in src + " ":
        if ch.isalnum():
            word += ch
            continue
        if word:
            out.append(Token("num" if word.isdigit() else "name", word))
            word = ""
        if ch != " ":
            out.append(Token("op", ch))
    return out


def histogram(words: list[str]) -> dict[str, int]:
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def positions(words: list[str]) -> dict[str, list[int]]:
    where = dict()
    for i, w in enumerate(words):
        where.setdefault(w, []).append(i)
    return where


def unique(xs: list[int]) -> list[int]:
    seen = set()
    res = list()
    for x in xs:
        if x not in seen:
            seen.add(x)
            res.append(x)
    return res


def longest(words: list[str]) -> str:
    best = None
    for w in words:
        if best is None or len(w) > len(best):
            best = w
    return best if best is not None else "<none>"


def first_node(tokens: list[Token], kind: str) -> Token | None:
    found = None
    for t in tokens:
        if t.kind == kind:
            found = t
            break
    return found


def evens() -> list[int]:
    result = []                  # typed by the declared return type
    return result


def merged(a: list[str], b: list[str]) -> list[str]:
    acc = []
    acc += a
    acc.extend(b)
    acc.insert(0, "start")
    return acc


def main(argv: list[str]) -> int:
    toks = tokenize("x1 = foo + 42*y")
    print([(t.kind, t.text) for t in toks])
    words = "a b a c b a".split()
    print(sorted(histogram(words).items()), positions(words))
    print(unique([3, 1, 3, 2, 1]), longest(words), longest([]))
    n = first_node(toks, "num")
    print(n.text if n is not None else "-", first_node(toks, "str") is None)
    print(evens(), merged(["x"], ["y", "z"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [('name', 'x1'), ('op', '='), ('name', 'foo'), ('op', '+'), ('num', '42'), ('op', '*'), ('name', 'y')]
# expect: [('a', 3), ('b', 2), ('c', 1)] {'a': [0, 2, 5], 'b': [1, 4], 'c': [3]}
# expect: [3, 1, 2] a <none>
# expect: 42 True
# expect: [] ['start', 'x', 'y', 'z']
