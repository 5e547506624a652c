# Graph algorithms as people write them: BFS with deque, DFS recursive and
# iterative, Dijkstra with heapq, topological sort, connected components.
from collections import deque, defaultdict
import heapq

edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10),
         ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def bfs(start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def components():
    left = set(graph)
    parts = []
    while left:
        start = min(left)
        part = set(dfs(start))
        parts.append(sorted(part))
        left -= part
    return parts


def toposort(deps):
    indegree = {n: 0 for n in deps}
    for n, after in deps.items():
        for m in after:
            indegree[m] = indegree.get(m, 0) + 1
    ready = sorted(n for n, k in indegree.items() if k == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(deps.get(n, ())):
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(indegree):
        raise ValueError("cycle among " + ", ".join(
            sorted(n for n, k in indegree.items() if k > 0)))
    return out


print(bfs("a"))
print(dfs("a"))
dist, prev = dijkstra("a")
print(sorted(dist.items()))
print(" -> ".join(path_to(prev, "f")), dist["f"])
print(components())
print(toposort({"shirt": ["tie", "belt"], "tie": ["jacket"],
                "pants": ["shoes", "belt"], "belt": ["jacket"],
                "socks": ["shoes"], "shoes": [], "jacket": []}))
try:
    toposort({"x": ["y"], "y": ["z"], "z": ["x"], "w": ["x"]})
except ValueError as e:
    print("error:", e)
