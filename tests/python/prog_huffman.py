# Huffman coding with heapq: frequencies, a deterministic tree (ties broken
# by insertion order), the code table, encoding to a bit string, decoding
# back, and run-length encoding of the bits.
import heapq
from collections import Counter
from itertools import groupby

TEXT = "abracadabra alakazam, a banana bandana"


def build_tree(freq):
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    order = len(heap)
    while len(heap) > 1:
        n1, _, left = heapq.heappop(heap)
        n2, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (n1 + n2, order, (left, right)))
        order += 1
    return heap[0][2]


def codes(tree, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(tree, str):
        table[tree] = prefix or "0"
    else:
        codes(tree[0], prefix + "0", table)
        codes(tree[1], prefix + "1", table)
    return table


def decode(bits, tree):
    out, node = [], tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)


freq = Counter(TEXT)
tree = build_tree(freq)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), freq[ch], table[ch])
bits = "".join(table[ch] for ch in TEXT)
print(len(bits), "bits vs", 8 * len(TEXT), f"({len(bits) / (8 * len(TEXT)):.1%})")
print(decode(bits, tree) == TEXT)
rle = [(k, len(list(g))) for k, g in groupby(bits)]
print(rle[:8], max(n for _, n in rle))
print(int(bits[:64], 2), hex(int(bits, 2))[:20])
