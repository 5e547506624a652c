# Spectral norm: the largest singular value of the infinite matrix
# A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1), truncated to n x n, by ten
# rounds of the power method on A^T A (float arithmetic in generator
# expressions and comprehensions).  Argument: n.
#
# bench-size: 350
# bench-quick: 60
# expect: spectral_norm 350: 1.274224047
# expect-quick: spectral_norm 60: 1.274206094
import math
import sys


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def dot(xs, ys):
    # A loop, not sum(): CPython 3.12 sums floats with compensation, 3.11
    # and PyPy do not; the benchmark's digits must not depend on that.
    total = 0.0
    for x, y in zip(xs, ys):
        total += x * y
    return total


def times(v):
    n = len(v)
    return [dot((a(i, j) for j in range(n)), v) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [dot((a(j, i) for j in range(n)), v) for i in range(n)]


def times_ata(v):
    return times_transposed(times(v))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = dot(u, v)
    vv = dot(v, v)
    print(f"spectral_norm {n}: {math.sqrt(vbv / vv):.9f}")


if __name__ == "__main__":
    main()
