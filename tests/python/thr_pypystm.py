# pypy-stm's modules (pypystm, transaction) as its documentation gives
# them: atomic and exclusive_atomic, is_atomic, count() (distinct values
# from several threads), getsegmentlimit, hint_commit_soon, time/clock,
# stmdict/stmset, TransactionQueue (add, add_generator, nb_segments,
# exceptions), threadlocalproperty.  Under CPython, which has no such
# modules, each check falls back to the value it must have, so the output
# is the same.
# stm-stress: 5
import threading

try:
    import pypystm
    import transaction
except ImportError:
    pypystm = None
    transaction = None


def check(name, f, expected):
    if pypystm is None:
        print(name, expected)
        return
    try:
        got = f()
    except Exception as e:
        got = type(e).__name__ + ": " + str(e)
    print(name, got)


def atomic_state():
    out = [pypystm.is_atomic()]
    with pypystm.atomic:
        out.append(pypystm.is_atomic())
        with transaction.atomic:
            out.append(transaction.is_atomic())
        out.append(pypystm.is_atomic())
    out.append(pypystm.is_atomic())
    return out


check("atomic", atomic_state, [False, True, True, True, False])


def exclusive():
    with pypystm.exclusive_atomic:
        inside = pypystm.is_atomic()
    try:
        with pypystm.atomic:
            with pypystm.exclusive_atomic:
                pass
    except RuntimeError:
        return [inside, "RuntimeError", pypystm.is_atomic()]
    return [inside, "no error"]


check("exclusive", exclusive, [True, "RuntimeError", False])


def counts():
    seen = []
    lock = threading.Lock()

    def take():
        mine = [pypystm.count() for i in range(100)]
        with lock:
            seen.extend(mine)

    ts = [threading.Thread(target=take) for i in range(4)]
    for t in ts:
        t.start()
    take()
    for t in ts:
        t.join()
    return [len(seen), len(set(seen)), min(seen) > 0]


check("count", counts, [500, 500, True])
check("segments", lambda: [type(pypystm.getsegmentlimit()).__name__,
                           transaction.getsegmentlimit() >= 1], ["int", True])
check("hint", lambda: [pypystm.hint_commit_soon(),
                       transaction.hint_commit_soon()], [None, None])
check("clocks", lambda: [type(transaction.time()).__name__,
                         transaction.clock() <= transaction.clock()],
      ["float", True])


def containers():
    d = transaction.stmdict()
    d[1] = "a"
    d.setdefault(2, "b")
    s = transaction.stmset([3, 1])
    s.add(2)
    h = pypystm.hashtable()
    h[5] = "x"
    h.setdefault(6, "y")
    errors = []
    for f in (lambda: d[3], lambda: h[7], lambda: h["k"], lambda: s.remove(9)):
        try:
            f()
        except (KeyError, TypeError) as e:
            errors.append(type(e).__name__)
    return [sorted(d.items()), sorted(s), type(d).__name__, len(s), len(d),
            d.pop(2), d.pop(2, None), 1 in d, 2 in d, sorted(h.items()),
            h.get(7, "-"), len(h), errors]


check("containers", containers,
      [[(1, "a"), (2, "b")], [1, 2, 3], "stmdict", 3, 2, "b", None, True,
       False, [(5, "x"), (6, "y")], "-", 2,
       ["KeyError", "KeyError", "TypeError", "KeyError"]])


def queue_run():
    results = {}
    order = []

    def visit(k):
        results[k] = k * k
        if k < 5:
            tq.add(visit, k + 100)

    def gen():
        for i in range(3):
            order.append(i)
            yield

    tq = transaction.TransactionQueue()
    for k in range(20):
        tq.add(visit, k)
    tq.add_generator(gen())
    tq.run(4)
    return [len(results), sum(results.values()), order]


check("queue", queue_run, [25, 2470 + 52030, [0, 1, 2]])


def queue_error():
    def bad(k):
        if k == 3:
            raise ValueError("k is 3")

    tq = transaction.TransactionQueue()
    for k in range(6):
        tq.add(bad, k)
    try:
        tq.run()
    except ValueError as e:
        return "ValueError: " + str(e)
    return "no error"


check("queue error", queue_error, "ValueError: k is 3")


def tlp():
    class Cache:
        data = transaction.threadlocalproperty(dict)
        name = transaction.threadlocalproperty()

    c = Cache()
    c.data["main"] = 1
    c.name = "main"
    other = []

    def look():
        other.append(sorted(c.data))
        c.data["thread"] = 2
        try:
            c.name
        except AttributeError:
            other.append("unset")

    t = threading.Thread(target=look)
    t.start()
    t.join()
    return [sorted(c.data), c.name, other]


check("threadlocalproperty", tlp, [["main"], "main", [[], "unset"]])
