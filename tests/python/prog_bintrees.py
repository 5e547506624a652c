# benchmark program bench/python/interp/bintrees.py at a small size (timing line removed)
# args: 8
"""Binary trees: allocate and walk many short-lived trees (the
allocator and the garbage collector)."""
import sys
import time


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    t0 = time.process_time()
    stretch = check(make(max_depth + 1))
    long_lived = make(max_depth)
    lines = []
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 4)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        lines.append(f"{iterations} trees of depth {depth} check: {total}")
    elapsed = time.process_time() - t0
    print("bintrees", max_depth, stretch, check(long_lived))
    print("\n".join(lines))


main()
