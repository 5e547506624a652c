# Dynamic programming on strings: longest common subsequence (with the
# subsequence rebuilt), edit distance, longest palindromic substring.
import sys


def lcs(a: str, b: str) -> str:
    n = len(a)
    m = len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out: list[str] = []
    i = 0
    j = 0
    while i < n and j < m:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]


def longest_palindrome(s: str) -> str:
    best = ""
    for center in range(2 * len(s) - 1):
        lo = center // 2
        hi = lo + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def main(argv: list[str]) -> int:
    print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"), repr(lcs("abc", "xyz")))
    for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
        print(repr(a), repr(b), edit_distance(a, b))
    print(longest_palindrome("babad"), longest_palindrome("forgeeksskeegfor"), longest_palindrome("x"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: GTAB acf ''
# expect: 'kitten' 'sitting' 3
# expect: 'flaw' 'lawn' 2
# expect: '' 'abc' 3
# expect: 'same' 'same' 0
# expect: bab geeksskeeg x
