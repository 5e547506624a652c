# String constants of every storage kind, as the translator emits them
# (Latin-1 bytes, or code points when one is >= 256): each must equal,
# hash and compare as the same text built at run time.
import sys


def built(cps: list[int]) -> str:
    return "".join([chr(c) for c in cps])


def main(argv: list[str]) -> int:
    consts = ["", "a", "ÿ", "a\0b", "\x80\xff", "é€", "\U0001F600x", "ĀA"]
    texts = [built([]), built([97]), built([255]), built([97, 0, 98]),
             built([128, 255]), built([233, 8364]), built([0x1F600, 120]),
             built([256, 65])]
    table: dict[str, int] = {}
    for i in range(len(consts)):
        table[consts[i]] = i
    for i in range(len(texts)):
        c = consts[i]
        t = texts[i]
        print(i, len(c), c == t, hash(c) == hash(t), table[t], [ord(x) for x in c])
    long = "0123456789" * 12 + "é" + "€" * 3
    print(len(long), long[118:], long.count("€"), long == "0123456789" * 12 + built([233, 8364, 8364, 8364]))
    print(sorted(consts[4:]) == sorted(texts[4:]), "€" > "ÿ", "ÿ" > "a")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 0 True True 0 []
# expect: 1 1 True True 1 [97]
# expect: 2 1 True True 2 [255]
# expect: 3 3 True True 3 [97, 0, 98]
# expect: 4 2 True True 4 [128, 255]
# expect: 5 2 True True 5 [233, 8364]
# expect: 6 2 True True 6 [128512, 120]
# expect: 7 2 True True 7 [256, 65]
# expect: 124 89é€€€ 3 True
# expect: True True True
