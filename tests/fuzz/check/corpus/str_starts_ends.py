# str.startswith and endswith with a string, a tuple of strings, and
# positions.
import sys


def main(argv: list[str]) -> int:
    name = "report_2024.csv"
    print(name.startswith("report"), name.startswith("data"), name.endswith(".csv"))
    print(name.endswith((".txt", ".csv")), name.startswith(("a", "b")), name.endswith(("x",)))
    print(name.startswith(""), "".endswith(""), "".startswith("a"))
    print(name.startswith("2024", 7), name.endswith("report", 0, 6))
    files = ["a.py", "b.c", "c.h", "d.txt"]
    print([f for f in files if f.endswith((".c", ".h"))])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True False True
# expect: True False False
# expect: True True False
# expect: True True
# expect: ['b.c', 'c.h']
