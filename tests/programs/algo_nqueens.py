# N-queens by backtracking: solution counts for n = 1..8 and the first
# solution for n = 8 drawn as a board.
import sys


class Solver:
    n: int
    cols: list[bool]
    diag1: list[bool]
    diag2: list[bool]
    placement: list[int]
    count: int
    first: list[int]

    def __init__(self, n: int) -> None:
        self.n = n
        self.cols = [False] * n
        self.diag1 = [False] * (2 * n)
        self.diag2 = [False] * (2 * n)
        self.placement = [0] * n
        self.count = 0
        self.first = []

    def solve(self, row: int) -> None:
        if row == self.n:
            self.count += 1
            if not self.first:
                self.first = self.placement[:]
            return
        for c in range(self.n):
            d1 = row + c
            d2 = row - c + self.n
            if self.cols[c] or self.diag1[d1] or self.diag2[d2]:
                continue
            self.cols[c] = self.diag1[d1] = self.diag2[d2] = True
            self.placement[row] = c
            self.solve(row + 1)
            self.cols[c] = self.diag1[d1] = self.diag2[d2] = False


def main(argv: list[str]) -> int:
    counts: list[int] = []
    for n in range(1, 9):
        s = Solver(n)
        s.solve(0)
        counts.append(s.count)
    print(counts)
    s8 = Solver(8)
    s8.solve(0)
    for c in s8.first:
        print("".join("Q" if i == c else "." for i in range(8)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [1, 0, 0, 2, 10, 4, 40, 92]
# expect: Q.......
# expect: ....Q...
# expect: .......Q
# expect: .....Q..
# expect: ..Q.....
# expect: ......Q.
# expect: .Q......
# expect: ...Q....
