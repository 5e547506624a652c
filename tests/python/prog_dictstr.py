# benchmark program bench/python/interp/dictstr.py at a small size (timing line removed)
# args: 5000
"""Dicts and strings: build words, count them in a dict, join, split,
format, sort the counts."""
import sys
import time


def words(n):
    out = []
    seed = 12345
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        length = 2 + seed % 6
        w = ""
        s = seed
        for _ in range(length):
            w += letters[s % 26]
            s //= 26
        out.append(w)
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    t0 = time.process_time()
    ws = words(n)
    text = " ".join(ws)
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    report = ", ".join(f"{k}={v}" for k, v in top)
    upper = sum(1 for w in ws if w.upper().startswith("A"))
    index = {}
    for i, w in enumerate(ws[:20000]):
        index.setdefault(w[0], []).append(i)
    elapsed = time.process_time() - t0
    print("dictstr", n, len(counts), report, upper, sorted(index)[:3],
          len(index["a"]))


main()
