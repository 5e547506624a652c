# Float matrices: multiplication, transpose, Gaussian elimination solving
# a linear system, determinant; printed with fixed precision.
import sys


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    return [[sum((a[i][t] * b[t][j] for t in range(k)), 0.0) for j in range(m)] for i in range(n)]


def transpose(a: list[list[float]]) -> list[list[float]]:
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]


def solve(a: list[list[float]], b: list[float]) -> tuple[list[float], float]:
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(m[r][col]) > abs(m[pivot][col]):
                pivot = r
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return x, det


def show(m: list[list[float]]) -> None:
    for row in m:
        print(" ".join(f"{v:8.3f}" for v in row))


def main(argv: list[str]) -> int:
    a = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    b = [[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]
    show(matmul(a, b))
    show(transpose(a))
    sys_a = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
    x, det = solve(sys_a, [8.0, -11.0, -3.0])
    print([round(v, 9) for v in x], round(det, 9))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect:   58.000   64.000
# expect:  139.000  154.000
# expect:    1.000    4.000
# expect:    2.000    5.000
# expect:    3.000    6.000
# expect: [2.0, 3.0, -1.0] -1.0
