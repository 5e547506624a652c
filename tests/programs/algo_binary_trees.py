# The binary-trees allocation workload at a small depth: build complete
# trees, count their nodes by recursion, keep one long-lived tree.
from __future__ import annotations

import sys


class Tree:
    left: Tree | None
    right: Tree | None

    def __init__(self, left: Tree | None, right: Tree | None) -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        l = self.left
        r = self.right
        if l is None or r is None:
            return 1
        return 1 + l.check() + r.check()


def make(depth: int) -> Tree:
    if depth == 0:
        return Tree(None, None)
    return Tree(make(depth - 1), make(depth - 1))


def main(argv: list[str]) -> int:
    max_depth = 8
    stretch = make(max_depth + 1)
    print(f"stretch tree of depth {max_depth + 1}\t check: {stretch.check()}")
    long_lived = make(max_depth)
    for depth in range(4, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + 4)
        check = 0
        for _ in range(iterations):
            check += make(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
    print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: stretch tree of depth 9	 check: 1023
# expect: 256	 trees of depth 4	 check: 7936
# expect: 64	 trees of depth 6	 check: 8128
# expect: 16	 trees of depth 8	 check: 8176
# expect: long lived tree of depth 8	 check: 511
