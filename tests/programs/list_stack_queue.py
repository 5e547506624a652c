# Lists used as stacks and queues: balanced brackets, BFS order, pop(0).
import sys


def balanced(s: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return len(stack) == 0


def bfs(adj: dict[int, list[int]], start: int) -> list[int]:
    order: list[int] = []
    seen = {start}
    queue = [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in adj[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order


def main(argv: list[str]) -> int:
    for s in ["([]{})", "([)]", "((", "", "}{"]:
        print(repr(s), balanced(s))
    adj: dict[int, list[int]] = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
    print(bfs(adj, 1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: '([]{})' True
# expect: '([)]' False
# expect: '((' False
# expect: '' True
# expect: '}{' False
# expect: [1, 2, 3, 4, 5, 6]
