# Files: write (mode w), read(), readline(), readlines(), iteration over
# lines, append (mode a), with-blocks, explicit close, print(file=f).
import sys

# args: {tmpdir}


def main(argv: list[str]) -> int:
    path = argv[1] + "/data.txt"
    f = open(path, "w")
    f.write("first line\n")
    f.write("second line\n")
    print("third", "line", file=f)
    f.close()
    with open(path) as g:
        print(repr(g.read()))
    with open(path, "r") as g:
        print(repr(g.readline()), repr(g.readline()))
        print(repr(g.readline()), repr(g.readline()))
    with open(path, "a") as h:
        h.write("appended\n")
    with open(path, encoding="utf-8") as g:
        print(g.readlines())
    count = 0
    with open(path) as g:
        for line in g:
            count += 1
            print(count, line.rstrip("\n"))
    with open(path, "w") as f2:
        f2.write("no trailing newline")
    with open(path) as g:
        print(g.readlines())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 'first line\nsecond line\nthird line\n'
# expect: 'first line\n' 'second line\n'
# expect: 'third line\n' ''
# expect: ['first line\n', 'second line\n', 'third line\n', 'appended\n']
# expect: 1 first line
# expect: 2 second line
# expect: 3 third line
# expect: 4 appended
# expect: ['no trailing newline']
