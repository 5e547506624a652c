# A doubly linked list class implementing the sequence protocols people
# expect: len, iteration both ways, indexing with negatives and slices,
# contains, equality, repr, insertion/removal, and errors like list's.
class Node:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def appendleft(self, value):
        node = Node(value)
        node.next = self.head
        if self.head:
            self.head.prev = node
        else:
            self.tail = node
        self.head = node
        self.size += 1

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        node = self._node_at(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def index(self, value):
        for i, v in enumerate(self):
            if v == value:
                return i
        raise ValueError(f"{value!r} is not in linked list")

    def remove(self, value):
        del self[self.index(value)]


ll = LinkedList([3, 1, 4, 1, 5])
ll.appendleft(9)
ll.append(2)
print(ll, len(ll), ll[0], ll[-1], ll[2:5], ll[::-2])
print(list(reversed(ll)), 4 in ll, 7 in ll, ll.index(1))
ll[1] = 30
del ll[0]
del ll[-1]
ll.remove(1)
print(ll, ll == LinkedList([30, 4, 1, 5]), ll == [30, 4, 1, 5], bool(LinkedList()))
print(sorted(ll), sum(ll), max(ll), list(map(str, ll)), [x * 2 for x in ll if x > 3])
for bad in (lambda: ll[10], lambda: ll.index(99), lambda: LinkedList()[0]):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a, *rest = ll
print(a, rest, dict(enumerate(ll)))
