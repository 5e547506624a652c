# IndexError messages for lists, strings, tuples, pop and item assignment.
import sys


def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    s = "abc"
    t = (1, 2)
    empty: list[int] = []
    i = 10
    tries = 0
    for n in range(7):
        try:
            tries += 1
            if n == 0:
                print(xs[i])
            elif n == 1:
                print(xs[-4])
            elif n == 2:
                print(s[i])
            elif n == 3:
                print(t[i])
            elif n == 4:
                print(empty.pop())
            elif n == 5:
                print(xs.pop(i))
            else:
                xs[i] = 0
        except IndexError as e:
            print(n, "IndexError:", str(e))
    print(tries, xs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 IndexError: list index out of range
# expect: 1 IndexError: list index out of range
# expect: 2 IndexError: string index out of range
# expect: 3 IndexError: tuple index out of range
# expect: 4 IndexError: pop from empty list
# expect: 5 IndexError: pop index out of range
# expect: 6 IndexError: list assignment index out of range
# expect: 7 [1, 2, 3]
