# from __future__ import annotations: annotations are kept as their
# source text (forward references work), and the __future__ module's
# features, flags and releases are CPython's.
from __future__ import annotations

import __future__
import inspect
from dataclasses import dataclass, fields


@dataclass
class Node:
    value: int
    next: Node | None = None


def walk(head: Node, limit: 'int' = 10) -> list[Node]:
    out = []
    while head is not None and len(out) < limit:
        out.append(head.value)
        head = head.next
    return out


x: dict[str, Node] = {}
print(walk(Node(1, Node(2, Node(3)))), walk.__annotations__, __annotations__)
print([(f.name, f.type) for f in fields(Node)], inspect.signature(walk))
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(),
          feature.getMandatoryRelease(), feature.compiler_flag)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
