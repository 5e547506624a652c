# Non-ASCII text: lengths count code points, indexing and slicing by code
# point, ord/chr round trips, case mapping of accented letters.
import sys


def main(argv: list[str]) -> int:
    s = "héllo wörld €"
    print(s, len(s))
    print(s[1], s[-1], s[7:11])
    print(s.upper())
    print(ord("é"), chr(233), chr(8364), ord(chr(0x1F600)))
    chars = [c for c in "añb"]
    print(chars, len(chars))
    print("ñ" in s, "ö" in s, s.find("w"))
    print(repr("é€"), "é" < "ê", "z" < "é")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: héllo wörld € 13
# expect: é € örld
# expect: HÉLLO WÖRLD €
# expect: 233 é € 128512
# expect: ['a', 'ñ', 'b'] 3
# expect: False True 6
# expect: 'é€' True True
