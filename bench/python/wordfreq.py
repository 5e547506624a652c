# Dictionaries and strings: generates a text of pseudo-words (a fixed
# linear congruential generator, so every implementation builds the same
# text), then splits it into sentences and words, normalizes them, counts
# words, bigrams and word shapes with dicts, builds a concordance-like
# report with f-strings and joins, and digests it.  Argument: the number of
# words in the text.
#
# bench-size: 400000
# bench-quick: 30000
# expect: wordfreq 400000 words: 1969 distinct, 97370 bigrams, top [('o', 4773), ('isho', 4244), ('beta', 4126)] report 7106 lines digest 1126590285
# expect-quick: wordfreq 30000 words: 1278 distinct, 17713 bigrams, top [('bebe', 357), ('o', 339), ('ish', 330)] report 1682 lines digest 787720525
import sys
from collections import defaultdict

SYLLABLES = ("ka", "be", "dai", "lo", "mu", "ni", "ser", "ta", "vo", "zen",
             "qua", "rho", "pi", "gal", "ent", "o", "ux", "ish", "ly", "wen")
PUNCTUATION = (",", ";", ":", "")


class Lcg:
    """The C library's classic rand(): deterministic on every Python."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.next(len(SYLLABLES))]
                       for _ in range(1 + rng.next(4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    # Short words first: they get the frequent ranks, as in real text.
    words.sort(key=lambda w: (len(w), w))
    return words


def generate_text(rng, vocabulary, nwords):
    """Sentences of 4 to 15 words; word ranks roughly follow Zipf's law."""
    sentences = []
    n = len(vocabulary)
    left = nwords
    while left > 0:
        length = min(left, 4 + rng.next(12))
        left -= length
        words = []
        for i in range(length):
            rank = (n * rng.next(1000)) // (1 + rng.next(1000) * 40) % n
            word = vocabulary[rank]
            if i > 0 and rng.next(7) == 0:
                word += PUNCTUATION[rng.next(len(PUNCTUATION))]
            words.append(word)
        words[0] = words[0].capitalize()
        sentences.append(" ".join(words) + ".")
    return " ".join(sentences)


def shape(word):
    """The word's consonant/vowel pattern, e.g. 'kadai' -> 'cvcvv'."""
    return "".join("v" if ch in "aeiou" else "c" for ch in word)


def analyse(text):
    counts = {}
    bigrams = defaultdict(int)
    shapes = defaultdict(set)
    for sentence in text.split(". "):
        words = [w.strip(",;:.").lower() for w in sentence.split()]
        for word in words:
            counts[word] = counts.get(word, 0) + 1
        for first, second in zip(words, words[1:]):
            bigrams[first + " " + second] += 1
    for word in counts:
        shapes[shape(word)].add(word)
    return counts, bigrams, shapes


def report(counts, bigrams, shapes):
    lines = []
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for rank, (word, count) in enumerate(ranked, 1):
        lines.append(f"{rank:5d} {word:<16} {count:7d} {word.upper()[::-1]}")
    for pair, count in sorted(bigrams.items()):
        if count >= 20:
            first, _, second = pair.partition(" ")
            lines.append(f"{first}+{second}={count}")
    for pattern in sorted(shapes, key=lambda p: (len(p), p)):
        members = sorted(shapes[pattern])
        lines.append(f"{pattern}: {len(members)} {', '.join(members[:3])}")
    return "\n".join(lines)


def digest(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    nwords = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    rng = Lcg(2024)
    vocabulary = make_vocabulary(rng, 2000)
    text = generate_text(rng, vocabulary, nwords)
    counts, bigrams, shapes = analyse(text)
    rep = report(counts, bigrams, shapes)
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:3]
    print(f"wordfreq {nwords} words: {len(counts)} distinct, "
          f"{len(bigrams)} bigrams, top {top} "
          f"report {rep.count(chr(10)) + 1} lines digest {digest(rep)}")


if __name__ == "__main__":
    main()
