# Files with relative names (each run has its own empty working
# directory): write a table, read it back, parse and total it.
import sys


def write_table(path: str, rows: list[tuple[str, int, float]]) -> None:
    with open(path, "w") as f:
        f.write("name,qty,price\n")
        for name, qty, price in rows:
            f.write(f"{name},{qty},{price}\n")


def total(path: str) -> float:
    t = 0.0
    with open(path) as f:
        header = f.readline()
        assert header.startswith("name")
        for line in f:
            parts = line.strip().split(",")
            t += int(parts[1]) * float(parts[2])
    return t


def main(argv: list[str]) -> int:
    write_table("table.csv", [("pen", 3, 1.25), ("ink", 2, 4.5), ("pad", 10, 0.75)])
    print(f"{total('table.csv'):.2f}")
    with open("table.csv") as f:
        print(len(f.read().splitlines()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 20.25
# expect: 4
