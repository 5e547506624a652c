# Strings as sequences: iteration, indexing, slicing, len, `in`,
# comparison, repetition, building with += in a loop, immutability via
# copies.
import sys


def reverse_words(s: str) -> str:
    out = ""
    for w in s.split():
        if out:
            out = w + " " + out
        else:
            out = w
    return out


def caesar(s: str, k: int) -> str:
    res: list[str] = []
    for c in s:
        if c.isalpha() and c.islower():
            res.append(chr((ord(c) - ord("a") + k) % 26 + ord("a")))
        else:
            res.append(c)
    return "".join(res)


def main(argv: list[str]) -> int:
    s = "the quick brown fox"
    print(reverse_words(s))
    print(caesar(s, 3), caesar(caesar(s, 3), 23))
    vowels = 0
    for ch in s:
        if ch in "aeiou":
            vowels += 1
    print(vowels, len(s), s[4:9], s[-3:])
    t = s
    t += "!"
    print(s == t, s < t, t.endswith("!"))
    print(sorted(set(s.replace(" ", "")))[:5])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: fox brown quick the
# expect: wkh txlfn eurzq ira the quick brown fox
# expect: 5 19 quick fox
# expect: False True True
# expect: ['b', 'c', 'e', 'f', 'h']
