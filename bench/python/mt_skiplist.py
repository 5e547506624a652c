# Threads: one shared skip list (William Pugh's, with p = 1/2) with
# concurrent inserts, lookups and removals.  The main thread inserts SIZE
# keys; worker threads then take batches from a plain list under a
# threading.Lock, and each batch inserts new keys, removes one old key in
# four, and looks up old keys that stay (hits) and keys never inserted
# (misses), every operation under the list's own lock.  A node's height
# is a hash of its key rather than a coin toss, so the final list, hence
# its digest, does not depend on the schedule.  Arguments: THREADS SIZE.
#
# bench-threads
# bench-size: 32000
# bench-quick: 2000
# expect: mt_skiplist 32000: 56000 keys in order, 8000 removed, 32000 hits 32000 misses, level 18, values 1919960000 digest 1284950598
# expect-quick: mt_skiplist 2000: 3500 keys in order, 500 removed, 2000 hits 2000 misses, level 13, values 7497500 digest 1259040100
import sys
import threading

MAX_LEVEL = 18
BATCH = 400


def key_of(i):
    return (i * 2654435761) & 0xFFFFFFFF


def level_of(key):
    """1 + the number of trailing zero bits of a hash of key: level k
    with probability 2**-k, as with coin tosses."""
    h = (key ^ (key >> 15)) * 0x2C1B3C6D & 0xFFFFFFFF
    h = (h ^ (h >> 12)) * 0x297A2D39 & 0xFFFFFFFF
    h ^= h >> 15
    return min(MAX_LEVEL, (h & -h).bit_length()) if h else 1


class Node:
    def __init__(self, key, value, level):
        self.key = key
        self.value = value
        self.next = [None] * level


class SkipList:
    def __init__(self):
        self.head = Node(None, None, MAX_LEVEL)
        self.level = 1
        self.length = 0

    def _predecessors(self, key):
        """For each level, the last node whose key is below key."""
        update = [self.head] * MAX_LEVEL
        node = self.head
        for lvl in range(self.level - 1, -1, -1):
            nxt = node.next[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[lvl]
            update[lvl] = node
        return update

    def get(self, key, default=None):
        node = self.head
        for lvl in range(self.level - 1, -1, -1):
            nxt = node.next[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[lvl]
        node = node.next[0]
        return node.value if node is not None and node.key == key else default

    def insert(self, key, value):
        update = self._predecessors(key)
        found = update[0].next[0]
        if found is not None and found.key == key:
            found.value = value
            return
        level = level_of(key)
        self.level = max(self.level, level)
        node = Node(key, value, level)
        for lvl in range(level):
            node.next[lvl] = update[lvl].next[lvl]
            update[lvl].next[lvl] = node
        self.length += 1

    def remove(self, key):
        update = self._predecessors(key)
        node = update[0].next[0]
        if node is None or node.key != key:
            return False
        for lvl, nxt in enumerate(node.next):
            update[lvl].next[lvl] = nxt
        while self.level > 1 and self.head.next[self.level - 1] is None:
            self.level -= 1
        self.length -= 1
        return True

    def __len__(self):
        return self.length

    def __iter__(self):
        node = self.head.next[0]
        while node is not None:
            yield node.key, node.value
            node = node.next[0]


def run_batch(skiplist, lock, size, batch):
    """Returns (hits, misses, removed) of the batch."""
    hits = misses = removed = 0
    first = size + batch * BATCH
    for i in range(first, min(first + BATCH, 2 * size)):
        with lock:
            skiplist.insert(key_of(i), i)
        old = i - size
        if old % 4 == 3:
            with lock:
                removed += skiplist.remove(key_of(old))
        probe = (i * 7) % size
        if probe % 4 == 3:
            probe -= 1                   # a key that no batch removes
        for key in (key_of(probe), key_of(2 * size + i)):
            with lock:
                value = skiplist.get(key)
            if value is None:
                misses += 1
            else:
                hits += 1
    return hits, misses, removed


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 32000
    skiplist = SkipList()
    for i in range(size):
        skiplist.insert(key_of(i), i)
    batches = list(range((size + BATCH - 1) // BATCH))
    results = []
    list_lock = threading.Lock()
    tasks_lock = threading.Lock()

    def worker():
        while True:
            with tasks_lock:
                if not batches:
                    return
                batch = batches.pop()
            outcome = run_batch(skiplist, list_lock, size, batch)
            with tasks_lock:
                results.append(outcome)

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    hits, misses, removed = (sum(column) for column in zip(*results))
    count = total = digest = 0
    previous = -1
    in_order = True
    for key, value in skiplist:
        in_order = in_order and key > previous and key == key_of(value)
        previous = key
        count += 1
        total += value
        digest = (digest * 31 + value) & 0xFFFFFFFF
    print(f"mt_skiplist {size}: {count} keys {'in order' if in_order else 'OUT OF ORDER'}"
          f"{'' if count == len(skiplist) else ' (length mismatch)'}, "
          f"{removed} removed, {hits} hits {misses} misses, level {skiplist.level}, "
          f"values {total} digest {digest}")


if __name__ == "__main__":
    main()
