# n in range(...): computed from start, stop and step as CPython's range does
# (no iteration), with range()'s step-0 error; operands evaluated in order.
import sys
def side(v: int) -> int:
    print("eval", v)
    return v
def main(argv: list[str]) -> int:
    for x in [-3, 0, 1, 4, 5, 9, 10]:
        print(x, x in range(5), x in range(1, 10, 3), x not in range(10, -4, -3), x in range(0))
    print(side(2) in range(side(0), side(5)))
    if 3 in range(len(argv) + 5):
        print("yes")
    n = 0
    try:
        print(1 in range(0, 5, n))
    except ValueError as e:
        print(e)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: -3 False False True False
# expect: 0 True False True False
# expect: 1 True True False False
# expect: 4 True True False False
# expect: 5 False False True False
# expect: 9 False False True False
# expect: 10 False False False False
# expect: eval 2
# expect: eval 0
# expect: eval 5
# expect: True
# expect: yes
# expect: range() arg 3 must not be zero
