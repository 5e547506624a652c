# A dataclass's generated __repr__ prints "..." for an object met again
# while its own repr is being made (CPython wraps it in
# reprlib.recursive_repr): a self-containing list field, two objects
# that refer to each other, and the same object twice (not recursive).
from dataclasses import dataclass, field


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


@dataclass
class Pair:
    left: object
    right: object


root = Node('root')
root.children.append(root)
root.children.append(Node('leaf'))
print(root)
print([root], {'r': root})
a = Pair(1, 2)
b = Pair(a, a)
print(b)
a.right = b
print(a)
print(b)
print(repr(Node('plain')))
