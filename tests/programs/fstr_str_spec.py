# f-string format specs on strings: width, fill, alignment, type s, and
# precision (truncation); specs applied to !r results.
import sys


def main(argv: list[str]) -> int:
    s = "abc"
    print(f"[{s:8}] [{s:<8}] [{s:>8}] [{s:^8}] [{s:^7}] [{s:s}]")
    print(f"[{s:*^9}] [{s:->6}] [{s:.2}] [{s:6.2}] [{s:>6.1s}]")
    print(f"[{s!r:>8}] [{'':3}] [{'longer than width':5}]")
    rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25)]
    for name, qty, price in rows:
        print(f"{name:<8}|{qty:>4}|{price:>7.2f}|")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [abc     ] [abc     ] [     abc] [  abc   ] [  abc  ] [abc]
# expect: [***abc***] [---abc] [ab] [ab    ] [     a]
# expect: [   'abc'] [   ] [longer than width]
# expect: apple   |   3|   1.50|
# expect: kiwi    |  12|   0.25|
