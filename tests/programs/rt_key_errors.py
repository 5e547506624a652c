# KeyError for dict reads, pop, del, set.remove and pop from an empty set;
# str(e) is the repr of the key.
import sys


def main(argv: list[str]) -> int:
    d = {"a": 1}
    n: dict[int, str] = {1: "x"}
    tup: dict[tuple[int, str], int] = {}
    s = {1}
    empty: set[int] = set()
    for k in range(7):
        try:
            if k == 0:
                print(d["b"])
            elif k == 1:
                print(n[42])
            elif k == 2:
                print(d.pop("zz"))
            elif k == 3:
                del d["nope"]
            elif k == 4:
                s.remove(5)
            elif k == 5:
                print(empty.pop())
            else:
                print(tup[(1, "q")])
        except KeyError as e:
            print(k, "KeyError:", str(e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 KeyError: 'b'
# expect: 1 KeyError: 42
# expect: 2 KeyError: 'zz'
# expect: 3 KeyError: 'nope'
# expect: 4 KeyError: 5
# expect: 5 KeyError: 'pop from an empty set'
# expect: 6 KeyError: (1, 'q')
