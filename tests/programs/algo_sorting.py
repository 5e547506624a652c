# Classic sorting algorithms on the same pseudo-random data: insertion,
# merge, quick (in place), heap; all agree with sorted().
import sys


def lcg(seed: int, n: int) -> list[int]:
    out: list[int] = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000)
    return out


def insertion(xs: list[int]) -> list[int]:
    a = xs[:]
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a


def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out: list[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick(a: list[int], lo: int, hi: int) -> None:
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i = lo
    j = hi
    while i <= j:
        while a[i] < pivot:
            i += 1
        while a[j] > pivot:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    quick(a, lo, j)
    quick(a, i, hi)


def sift_down(a: list[int], start: int, end: int) -> None:
    root = start
    while 2 * root + 1 <= end:
        child = 2 * root + 1
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heap_sort(xs: list[int]) -> list[int]:
    a = xs[:]
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def main(argv: list[str]) -> int:
    data = lcg(42, 300)
    ref = sorted(data)
    q = data[:]
    quick(q, 0, len(q) - 1)
    results = [insertion(data), merge_sort(data), q, heap_sort(data)]
    print([r == ref for r in results])
    print(ref[:10], ref[-5:], sum(ref))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [True, True, True, True]
# expect: [0, 3, 12, 14, 15, 16, 22, 27, 27, 28] [961, 974, 976, 981, 995] 148878
