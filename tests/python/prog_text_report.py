# Text statistics over a multi-line document: lines, words, sentences,
# character classes, the longest words, a letter histogram, a
# justified word wrap and a simple table.
from collections import Counter
import string

DOC = """It was the best of times, it was the worst of times; it was the age
of wisdom, it was the age of foolishness. It was the epoch of belief, it
was the epoch of incredulity!  It was the season of Light, it was the
season of Darkness?   It was the spring of hope, it was the winter of despair."""

lines = DOC.splitlines()
words = [w.strip(string.punctuation).lower() for w in DOC.split()]
words = [w for w in words if w]
sentences = [s for s in DOC.replace("!", ".").replace("?", ".").split(".")
             if s.strip()]
print(len(lines), "lines,", len(words), "words,", len(sentences), "sentences")
print("chars:", len(DOC), "letters:", sum(c.isalpha() for c in DOC),
      "upper:", sum(c.isupper() for c in DOC), "spaces:", DOC.count(" "))
freq = Counter(words)
print(freq.most_common(5))
print(sorted(set(words), key=lambda w: (-len(w), w))[:4])
letters = Counter(c for c in DOC.lower() if c.isalpha())
for letter, n in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{letter} {n:3d} {'*' * (n // 2)}")


def wrap(text, width):
    out, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            out.append(line)
            line = []
        line.append(word)
    if line:
        out.append(line)
    result = []
    for i, ln in enumerate(out):
        if i == len(out) - 1 or len(ln) == 1:
            result.append(" ".join(ln))
            continue
        gaps = len(ln) - 1
        spaces = width - sum(len(w) for w in ln)
        s = ""
        for j, w in enumerate(ln[:-1]):
            s += w + " " * (spaces // gaps + (1 if j < spaces % gaps else 0))
        result.append(s + ln[-1])
    return result


for row in wrap(DOC, 36):
    print("|" + row.ljust(36) + "|")
print(" ".join(w.capitalize() for w in lines[0].split()[:6]))
print(DOC.title()[:30], "|", DOC.swapcase()[:20], "|", DOC.center(10)[:10])
table = [("word", "count", "share")] + [
    (w, str(n), f"{n / len(words):.1%}") for w, n in freq.most_common(3)]
widths = [max(len(r[i]) for r in table) for i in range(3)]
for r in table:
    print("  ".join(cell.rjust(w) if i else cell.ljust(w)
                    for i, (cell, w) in enumerate(zip(r, widths))))
