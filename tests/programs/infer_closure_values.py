# Empty containers typed by later use when what is added is a closure: a
# lambda or nested function that captures a local of the function (the
# discovery check analyses the copy's scopes itself).
import sys


def main(argv: list[str]) -> int:
    fs = []
    k = 5
    fs.append(lambda: k)
    k = 6
    print([f() for f in fs])
    gs = []
    for i in range(3):
        gs.append(lambda: i * 10)
    print([g() for g in gs])
    table = {}
    sizes = []
    for name in ["a", "bb", "ccc"]:
        def size() -> int:
            return len(name)
        sizes.append(size)
        table[name] = lambda n=name: n.upper()
    print(sorted((key, f()) for key, f in table.items()), [f() for f in sizes])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [6]
# expect: [20, 20, 20]
# expect: [('a', 'A'), ('bb', 'BB'), ('ccc', 'CCC')] [3, 3, 3]
