# Appending to a list while iterating visits the new items; changing a
# dict's size while iterating raises RuntimeError.
import sys


def main(argv: list[str]) -> int:
    work = [3]
    seen: list[int] = []
    for n in work:
        seen.append(n)
        if n > 0:
            work.append(n - 1)
    print(seen)
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d[k + k] = 0
    except RuntimeError as e:
        print("RuntimeError:", str(e))
    d2 = {"a": 1}
    for k in d2:
        d2[k] = 5
    print(d2)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [3, 2, 1, 0]
# expect: RuntimeError: dictionary changed size during iteration
# expect: {'a': 5}
