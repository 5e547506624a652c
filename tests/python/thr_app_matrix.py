# A blocked matrix job: the product of two generated integer matrices is
# cut into tiles computed by a ThreadPoolExecutor; as_completed() gathers
# them into a dict keyed by tile, wait() with FIRST_EXCEPTION catches a
# job that fails, and map() checks the rows.  itertools.product makes
# the tiles, functools.lru_cache memoizes a row of the generated input,
# contextlib keeps the bookkeeping, string.Template prints the report.
# The output is checked against a one-thread product, so it does not
# depend on scheduling.  Runs with 1, 2 and 8 workers.
import contextlib
import functools
import itertools
from concurrent.futures import (FIRST_EXCEPTION, ALL_COMPLETED,
                                ThreadPoolExecutor, as_completed, wait)
from string import Template

N = 24
TILE = 6


@functools.lru_cache(maxsize=None)
def row_of(name, i):
    seed = (i + 1) * (7 if name == 'a' else 13)
    return tuple((seed * (j + 3) + j * j) % 11 - 5 for j in range(N))


def tile(bi, bj):
    out = []
    for i in range(bi, bi + TILE):
        a = row_of('a', i)
        row = []
        for j in range(bj, bj + TILE):
            row.append(sum(a[k] * row_of('b', k)[j] for k in range(N)))
        out.append(row)
    return (bi, bj), out


def check_row(args):
    i, row = args
    return sum(row) % 1000, max(row), min(row)


class Boom(Exception):
    pass


def failing(k):
    if k == 3:
        raise Boom('tile %d failed' % k)
    return k * k


@contextlib.contextmanager
def counting(stats, key):
    stats[key] = stats.get(key, 0) + 1
    try:
        yield stats
    finally:
        stats[key + '_done'] = stats.get(key + '_done', 0) + 1


def run(workers, stats):
    corners = list(itertools.product(range(0, N, TILE), repeat=2))
    result = [[0] * N for _ in range(N)]
    with counting(stats, 'jobs'), ThreadPoolExecutor(workers) as pool:
        futures = {pool.submit(tile, bi, bj): (bi, bj) for bi, bj in corners}
        seen = {}
        for fut in as_completed(futures):
            (bi, bj), block = fut.result()
            assert futures[fut] == (bi, bj)
            seen[bi, bj] = block
        for (bi, bj), block in seen.items():
            for di, row in enumerate(block):
                result[bi + di][bj:bj + TILE] = row
        checks = list(pool.map(check_row, enumerate(result)))
        jobs = [pool.submit(failing, k) for k in range(6)]
        done, _ = wait(jobs, return_when=ALL_COMPLETED)
        errors = sorted(str(f.exception()) for f in done if f.exception())
        values = sorted(f.result() for f in done if not f.exception())
        first_error = wait([pool.submit(failing, 3)], return_when=FIRST_EXCEPTION)
    return result, checks, errors, values, len(first_error.done)


def reference():
    b_cols = [[row_of('b', k)[j] for k in range(N)] for j in range(N)]
    return [[sum(x * y for x, y in zip(row_of('a', i), b_cols[j]))
             for j in range(N)] for i in range(N)]


REPORT = Template('$n x $n product in ${tiles} tiles: trace=$trace, '
                  'checksum=$checksum, errors=$errors, values=$values')
ref = reference()
for workers in (1, 2, 8):
    stats = {}
    result, checks, errors, values, ndone = run(workers, stats)
    if workers == 1:
        print(REPORT.substitute(n=N, tiles=(N // TILE) ** 2,
                                trace=sum(result[i][i] for i in range(N)),
                                checksum=sum(c[0] for c in checks),
                                errors=errors, values=values))
        print(checks[:4], ndone, stats)
        print(row_of.cache_info())
    print('workers=%d matches reference: %s' % (workers, result == ref))
print(REPORT.safe_substitute(n=1), Template('$$x $y').substitute({'y': 2}))
try:
    REPORT.substitute(n=1)
except KeyError as e:
    print('KeyError', e)
