# Generator expressions as the single argument of sum, min, max, any, all,
# sorted, list, set and str.join.
import sys


def main(argv: list[str]) -> int:
    xs = [3, -1, 4, -1, 5, -9, 2, 6]
    print(sum(x * x for x in xs))
    print(min(x for x in xs if x > 0), max(abs(x) for x in xs))
    print(any(x > 5 for x in xs), all(x > -10 for x in xs), any(x > 100 for x in xs))
    print(sorted(x for x in xs if x < 0))
    print(list(x + 1 for x in range(4)))
    print(sorted(set(x % 3 for x in xs)))
    print("-".join(str(x) for x in xs if x > 0))
    print(", ".join(w.title() for w in "one two three".split()))
    print(sum(1 for c in "mississippi" if c == "s"))
    print(sum((x / 2 for x in [1, 2, 3]), 0.0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 173
# expect: 2 9
# expect: True True False
# expect: [-9, -1, -1]
# expect: [1, 2, 3, 4]
# expect: [0, 1, 2]
# expect: 3-4-5-2-6
# expect: One, Two, Three
# expect: 4
# expect: 3.0
