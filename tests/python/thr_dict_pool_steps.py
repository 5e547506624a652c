# Threads: pool threads test for a key, pop it and put it back in a shared
# dict (the old functools.lru_cache hit path).  A KeyError or the
# AssertionError below is a legitimate race; anything else, or a dict that
# lost an entry, is a bug.  Under --stm the interpreter's dict operations
# used to be split in two: a loop's poll yielded in the middle of one, and
# a lookup loop ended a fragment (a transaction resumed after a callee's
# break) at its restart point between finding an entry and removing it;
# another thread's change then left a stale index (an endless probe, or
# IndexError from pop).  About 1 run in 10 failed; the runtime suites'
# test_poll_in_step_keeps_the_transaction and the passes suite's
# test_steps check the two mechanisms deterministically.
from concurrent.futures import ThreadPoolExecutor

table = {}
for name in 'ab':
    for k in range(24):
        table[(name, k)] = tuple((k * 7 + j) % 11 - 5 for j in range(24))


def row_of(name, i):
    key = (name, i)
    if key in table:
        value = table.pop(key)
        table[key] = value
        return value
    raise AssertionError('missing')


def tile(bi, bj):
    out = []
    for i in range(bi, bi + 6):
        a = row_of('a', i)
        out.append([sum(a[k] * row_of('b', k)[j] for k in range(24))
                    for j in range(bj, bj + 6)])
    return out


unexpected = []
for rep in range(8):
    with ThreadPoolExecutor(2) as pool:
        futs = [pool.submit(tile, bi, bj)
                for bi in range(0, 24, 6) for bj in range(0, 24, 6)]
        for f in futs:
            e = f.exception()
            if e is not None and not isinstance(e, (AssertionError, KeyError)):
                unexpected.append(repr(e))
print("unexpected:", unexpected)
print("entries:", len(table))
