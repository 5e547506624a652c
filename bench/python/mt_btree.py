# Threads: one shared B-tree (minimum degree 16, nodes split on the way
# down) with concurrent inserts and lookups.  The main thread inserts SIZE
# keys; then worker threads take batches from a queue.Queue, each batch
# inserting new keys and looking up keys inserted before the threads
# started (hits) or never inserted (misses), every operation under one
# threading.Lock.  The keys are a bijection of the integers onto 32 bits,
# so the final contents, hit counts and digests do not depend on the
# schedule (the tree's shape does, and is not printed).  Arguments:
# THREADS SIZE [--transaction]: with pypy-stm's `transaction` module the
# batches run as a transaction.TransactionQueue without the lock (each
# batch is atomic); without the module the switch falls back to threads.
#
# bench-threads
# bench-variant: --transaction
# bench-size: 60000
# bench-quick: 3000
# expect: mt_btree 60000: 120000 keys in order, 60000 hits 60000 misses, values 7199940000 found 1799970000
# expect-quick: mt_btree 3000: 6000 keys in order, 3000 hits 3000 misses, values 17997000 found 4498500
import queue
import sys
import threading

DEGREE = 16
BATCH = 500


def key_of(i):
    """A bijection of [0, 2**32) onto itself: scattered, distinct keys."""
    return (i * 2654435761) & 0xFFFFFFFF


def lower_bound(keys, key):
    lo, hi = 0, len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


class Node:
    def __init__(self, leaf):
        self.leaf = leaf
        self.keys = []
        self.values = []
        self.children = []

    @property
    def full(self):
        return len(self.keys) == 2 * DEGREE - 1


class BTree:
    def __init__(self):
        self.root = Node(leaf=True)
        self.size = 0

    def get(self, key, default=None):
        node = self.root
        while True:
            i = lower_bound(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return node.values[i]
            if node.leaf:
                return default
            node = node.children[i]

    def insert(self, key, value):
        if self.root.full:
            root = Node(leaf=False)
            root.children.append(self.root)
            self._split_child(root, 0)
            self.root = root
        node = self.root
        while True:
            i = lower_bound(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.values[i] = value
                return
            if node.leaf:
                node.keys.insert(i, key)
                node.values.insert(i, value)
                self.size += 1
                return
            if node.children[i].full:
                self._split_child(node, i)
                if key == node.keys[i]:
                    node.values[i] = value
                    return
                if key > node.keys[i]:
                    i += 1
            node = node.children[i]

    @staticmethod
    def _split_child(parent, i):
        """Splits the full child i of parent around its middle key, which
        moves up into parent."""
        child = parent.children[i]
        right = Node(child.leaf)
        right.keys = child.keys[DEGREE:]
        right.values = child.values[DEGREE:]
        if not child.leaf:
            right.children = child.children[DEGREE:]
            del child.children[DEGREE:]
        parent.keys.insert(i, child.keys[DEGREE - 1])
        parent.values.insert(i, child.values[DEGREE - 1])
        parent.children.insert(i + 1, right)
        del child.keys[DEGREE - 1:]
        del child.values[DEGREE - 1:]

    def items(self):
        """The (key, value) pairs in key order."""
        def walk(node):
            if node.leaf:
                yield from zip(node.keys, node.values)
                return
            for i, key in enumerate(node.keys):
                yield from walk(node.children[i])
                yield key, node.values[i]
            yield from walk(node.children[-1])
        return walk(self.root)


class Unguarded:
    """A context manager that does nothing: the transaction path's lock."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def run_batch(tree, guard, size, batch):
    """Inserts the batch's keys and looks up 2 keys per insert; returns
    (hits, misses, sum of the values found)."""
    hits = misses = found = 0
    first = size + batch * BATCH
    for i in range(first, min(first + BATCH, 2 * size)):
        with guard:
            tree.insert(key_of(i), i)
        for probe in (key_of((i * 7) % size), key_of(2 * size + i)):
            with guard:
                value = tree.get(probe)
            if value is None:
                misses += 1
            else:
                hits += 1
                found += value
    return hits, misses, found


def run_threads(nthreads, tree, size, results):
    lock = threading.Lock()
    todo = queue.Queue()
    for batch in range(len(results)):
        todo.put(batch)

    def worker():
        while True:
            try:
                batch = todo.get_nowait()
            except queue.Empty:
                return
            results[batch] = run_batch(tree, lock, size, batch)

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def run_transactions(tree, size, results):
    try:
        import transaction
    except ImportError:
        return False
    tq = transaction.TransactionQueue()
    guard = Unguarded()

    def job(batch):
        results[batch] = run_batch(tree, guard, size, batch)

    for batch in range(len(results)):
        tq.add(job, batch)
    tq.run()
    return True


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    nthreads = int(args[0]) if args else 2
    size = int(args[1]) if len(args) > 1 else 60000
    tree = BTree()
    for i in range(size):
        tree.insert(key_of(i), i)
    results = [None] * ((size + BATCH - 1) // BATCH)
    if not ("--transaction" in sys.argv and run_transactions(tree, size, results)):
        run_threads(nthreads, tree, size, results)
    hits = sum(r[0] for r in results)
    misses = sum(r[1] for r in results)
    found = sum(r[2] for r in results)
    count = total = 0
    previous = -1
    in_order = True
    for key, value in tree.items():
        in_order = in_order and key > previous and key == key_of(value)
        previous = key
        count += 1
        total += value
    print(f"mt_btree {size}: {count} keys {'in order' if in_order else 'OUT OF ORDER'}"
          f"{'' if count == tree.size else ' (size mismatch)'}, "
          f"{hits} hits {misses} misses, values {total} found {found}")


if __name__ == "__main__":
    main()
