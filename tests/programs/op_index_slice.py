# Indexing and slicing of strings, lists and tuples: negative indices,
# omitted bounds, steps (also negative), out-of-range slice bounds.
import sys


def main(argv: list[str]) -> int:
    s = "abcdefgh"
    xs = [0, 1, 2, 3, 4, 5, 6, 7]
    t = (10, 20, 30, 40)
    print(s[0], s[-1], s[3], xs[-2], t[-4])
    print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
    print(s[::2], s[1::3], s[::-1], s[6:1:-2], s[-1:-4:-1])
    print(xs[2:5], xs[::3], xs[::-1], xs[5:2:-1], xs[-3:-1])
    print(t[1:3], t[::-1], t[:10], t[10:])
    print(repr(s[100:]), xs[-100:2], repr(s[5:2]), xs[3:3])
    i = 2
    j = 6
    print(s[i:j], xs[i:j:2], s[j:i:-1])
    copy = xs[:]
    copy[0] = 99
    print(xs[0], copy[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: a h d 6 10
# expect: cde abc fgh abcdefgh fgh abcde
# expect: aceg beh hgfedcba gec hgf
# expect: [2, 3, 4] [0, 3, 6] [7, 6, 5, 4, 3, 2, 1, 0] [5, 4, 3] [5, 6]
# expect: (20, 30) (40, 30, 20, 10) (10, 20, 30, 40) ()
# expect: '' [0, 1] '' []
# expect: cdef [2, 4] gfed
# expect: 0 99
