# f-string format specs on ints: width, fill, alignment, sign, zero
# padding, thousands separator, types d x X o b, and percent on ints.
import sys


def main(argv: list[str]) -> int:
    n = 1234567
    m = -42
    print(f"[{n:d}] [{m:d}] [{n:12}] [{n:<12}] [{n:^12}] [{n:>12}]")
    print(f"[{m:6}] [{m:<6}] [{m:^7}] [{m:06}] [{n:012}]")
    print(f"[{n:,}] [{m:,}] [{n:15,}] [{1000:,d}] [{999:,}]")
    print(f"[{n:+}] [{m:+}] [{n: }] [{m: }] [{0:+d}]")
    print(f"[{255:x}] [{255:X}] [{255:o}] [{5:b}] [{-255:x}] [{0:b}]")
    print(f"[{255:08x}] [{255:>6X}] [{8:<5o}] [{5:08b}] [{-5:b}]")
    print(f"[{n:*^15}] [{m:_<6}] [{7:0>4}] [{7:x>4}] [{42:#>6d}]")
    print(f"[{5:%}] [{1:.1%}]")
    w = 8
    print(f"[{'right':>8}] [{n:>10,}]", w)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [1234567] [-42] [     1234567] [1234567     ] [  1234567   ] [     1234567]
# expect: [   -42] [-42   ] [  -42  ] [-00042] [000001234567]
# expect: [1,234,567] [-42] [      1,234,567] [1,000] [999]
# expect: [+1234567] [-42] [ 1234567] [-42] [+0]
# expect: [ff] [FF] [377] [101] [-ff] [0]
# expect: [000000ff] [    FF] [10   ] [00000101] [-101]
# expect: [****1234567****] [-42___] [0007] [xxx7] [####42]
# expect: [500.000000%] [100.0%]
# expect: [   right] [ 1,234,567] 8
