# Allocation: the binary-trees workload.  A long-lived tree of the full
# depth stays alive while many short-lived trees of growing depth are
# built bottom-up (one object per node) and walked recursively; the counts
# of nodes checked are printed.  Argument: the maximum depth.
#
# bench-size: 14
# bench-quick: 10
# expect: binary_trees 14: stretch 65535 | 16384x4 507904 | 4096x6 520192 | 1024x8 523264 | 256x10 524032 | 64x12 524224 | 16x14 524272 | long-lived 32767
# expect-quick: binary_trees 10: stretch 4095 | 1024x4 31744 | 256x6 32512 | 64x8 32704 | 16x10 32752 | long-lived 2047
import sys


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def main():
    max_depth = max(6, int(sys.argv[1]) if len(sys.argv) > 1 else 14)
    min_depth = 4
    parts = [f"stretch {make_tree(max_depth + 1).check()}"]
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        checked = sum(make_tree(depth).check() for _ in range(iterations))
        parts.append(f"{iterations}x{depth} {checked}")
    parts.append(f"long-lived {long_lived.check()}")
    print(f"binary_trees {max_depth}: " + " | ".join(parts))


if __name__ == "__main__":
    main()
