# list methods: append, pop (end, index, negative), insert (also past the
# ends), extend, reverse, index, count, remove, clear, copy.
import sys


def main(argv: list[str]) -> int:
    xs = [1, 2, 3]
    xs.append(4)
    print(xs, xs.pop(), xs.pop(0), xs.pop(-1), xs)
    xs.insert(0, 10)
    xs.insert(100, 20)
    xs.insert(-1, 15)
    xs.insert(-100, 5)
    print(xs)
    xs.extend([7, 7])
    xs.extend(list(range(2)))
    xs.extend([8])
    print(xs)
    xs.reverse()
    print(xs, xs.index(7), xs.count(7), xs.count(99))
    xs.remove(7)
    print(xs)
    ys = xs.copy()
    ys.append(-1)
    print(len(xs), len(ys), ys[-1])
    xs.clear()
    print(xs, len(xs))
    words = ["b", "a"]
    words.extend(list("cd"))
    print(words)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [2] 4 1 3 [2]
# expect: [5, 10, 2, 15, 20]
# expect: [5, 10, 2, 15, 20, 7, 7, 0, 1, 8]
# expect: [8, 1, 0, 7, 7, 20, 15, 2, 10, 5] 3 2 0
# expect: [8, 1, 0, 7, 20, 15, 2, 10, 5]
# expect: 9 10 -1
# expect: [] 0
# expect: ['b', 'a', 'c', 'd']
