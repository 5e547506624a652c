# Mandelbrot set membership on an N x N grid (50 iterations, escape
# radius 2); prints the member count and a position-weighted checksum.
# bench-size: 3000
# bench-quick: 100
import sys


def count_rows(n: int, y0: int, y1: int) -> tuple[int, int]:
    inside = 0
    checksum = 0
    for y in range(y0, y1):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            escaped = False
            for _ in range(50):
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    escaped = True
                    break
            if not escaped:
                inside += 1
                checksum = (checksum * 31 + x * 7 + y) % 1000000007
    return inside, checksum


def main(argv: list[str]) -> int:
    n = int(argv[1]) if len(argv) > 1 else 200
    inside, checksum = count_rows(n, 0, n)
    print(n, inside, checksum)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
