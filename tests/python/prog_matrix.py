# Matrices as lists of lists: multiplication, transpose with zip, identity,
# determinant by cofactors and by elimination with exact integer checks,
# power by squaring, and a pretty printer with aligned columns.
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shapes {len(a)}x{len(a[0])} and {len(b)}x{len(b[0])} do not match")
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def det_cofactor(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] *
               det_cofactor([row[:j] + row[j + 1:] for row in m[1:]])
               for j in range(len(m)))


def det_gauss(m):
    m = [list(map(float, row)) for row in m]
    n = len(m)
    det = 1.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[pivot][c]) < 1e-12:
            return 0.0
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            det = -det
        det *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return det


def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        k >>= 1
    return result


def show(m):
    width = max(len(str(x)) for row in m for x in row)
    return "\n".join("[" + " ".join(str(x).rjust(width) for x in row) + "]"
                     for row in m)


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(show(mat_mul(a, b)))
print(show([list(r) for r in zip(*a)]))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det_cofactor(m), det_gauss(m), round(det_gauss(m)) == det_cofactor(m))
print(det_cofactor(identity(4)), det_gauss([[1, 2], [2, 4]]))
fib = mat_pow([[1, 1], [1, 0]], 90)
print(fib[0][1], show(mat_pow([[1, 1], [1, 0]], 10)))
try:
    mat_mul(a, a)
except ValueError as e:
    print("ValueError:", e)
print(sum(map(sum, m)), [max(col) for col in zip(*m)], sorted(m, key=sum))
