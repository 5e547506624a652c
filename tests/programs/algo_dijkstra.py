# Shortest paths with Dijkstra's algorithm on a weighted graph given as
# text, using a binary heap written by hand; paths reconstructed.
import sys

GRAPH = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
F G 1
G E 3
"""


class Heap:
    items: list[tuple[int, str]]

    def __init__(self) -> None:
        self.items = []

    def push(self, item: tuple[int, str]) -> None:
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self) -> tuple[int, str]:
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l = 2 * i + 1
                r = l + 1
                m = i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self) -> int:
        return len(self.items)


def parse(text: str) -> dict[str, list[tuple[str, int]]]:
    g: dict[str, list[tuple[str, int]]] = {}
    for line in text.strip().splitlines():
        a, b, w = line.split()
        g.setdefault(a, []).append((b, int(w)))
        g.setdefault(b, []).append((a, int(w)))
    return g


def dijkstra(g: dict[str, list[tuple[str, int]]], src: str) -> tuple[dict[str, int], dict[str, str]]:
    dist = {src: 0}
    prev: dict[str, str] = {}
    h = Heap()
    h.push((0, src))
    done: set[str] = set()
    while len(h) > 0:
        d, u = h.pop()
        if u in done:
            continue
        done.add(u)
        for v, w in g[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev


def path(prev: dict[str, str], dst: str) -> str:
    nodes = [dst]
    while nodes[-1] in prev:
        nodes.append(prev[nodes[-1]])
    nodes.reverse()
    return "->".join(nodes)


def main(argv: list[str]) -> int:
    g = parse(GRAPH)
    dist, prev = dijkstra(g, "A")
    for node in sorted(dist):
        print(node, dist[node], path(prev, node))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: A 0 A
# expect: B 7 A->B
# expect: C 9 A->C
# expect: D 20 A->C->D
# expect: E 15 A->C->F->G->E
# expect: F 11 A->C->F
# expect: G 12 A->C->F->G
