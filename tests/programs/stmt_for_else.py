# for/else, break and continue in for loops, loop variables after the loop.
import sys


def first_negative(xs: list[int]) -> str:
    for i, x in enumerate(xs):
        if x < 0:
            return f"index {i}"
    else:
        return "none"


def main(argv: list[str]) -> int:
    print(first_negative([3, 1, -4]), first_negative([1, 2]))
    for n in range(2, 20):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            print("prime", n)
    total = 0
    for x in [5, -1, 7, -2, 10]:
        if x < 0:
            continue
        total += x
    print("total", total)
    last = -1
    for last in range(4):
        pass
    print("last", last)
    for c in "":
        print("never", c)
    else:
        print("empty loop else")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: index 2 none
# expect: prime 2
# expect: prime 3
# expect: prime 5
# expect: prime 7
# expect: prime 11
# expect: prime 13
# expect: prime 17
# expect: prime 19
# expect: total 22
# expect: last 3
# expect: empty loop else
