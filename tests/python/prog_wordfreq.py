# A word-frequency program over a generated text: dicts, sorting, string methods, Counter
from collections import Counter, defaultdict
import random
rng = random.Random(42)
words = "the quick brown fox jumps over lazy dog while cats sleep and birds sing loudly".split()
lines = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 12))) for _ in range(400)]
text = "\n".join(lines)
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:8]:
    print(f"{w:<8}{n:>5} {'#' * (n // 40)}")
c = Counter(text.split())
print(c.most_common(3) == top[:3], sum(c.values()), len(c))
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
first_letters = Counter(w[0] for w in text.split())
print(sorted(first_letters.items())[:5])
longest = max(lines, key=len)
print(len(longest), longest.count(" ") + 1, longest.title()[:30])
print(sum(len(l) for l in lines), text.count("\n"), text.count("fox"), text.find("dog"))
