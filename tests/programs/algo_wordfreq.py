# Word frequencies of text read from stdin: normalisation, counting in a
# dict, ranking by (-count, word), a formatted report.
import sys

# stdin: It was the best of times, it was the worst of times,
# stdin: it was the age of wisdom, it was the age of foolishness,
# stdin: it was the epoch of belief, it was the epoch of incredulity.


def words(text: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    for c in text.lower():
        if c.isalpha():
            cur.append(c)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def rank_key(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def main(argv: list[str]) -> int:
    ws = words(sys.stdin.read())
    counts: dict[str, int] = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=rank_key)
    print(f"{len(ws)} words, {len(counts)} distinct")
    for w, n in ranked[:6]:
        print(f"{w:>10} {n:3d} {'*' * n}")
    longest = max(len(w) for w in counts)
    print("longest:", sorted(w for w in counts if len(w) == longest))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 36 words, 13 distinct
# expect:         it   6 ******
# expect:         of   6 ******
# expect:        the   6 ******
# expect:        was   6 ******
# expect:        age   2 **
# expect:      epoch   2 **
# expect: longest: ['foolishness', 'incredulity']
