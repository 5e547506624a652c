# A log-file analyser as a user would write it: argparse options, re to
# parse lines, collections.Counter/defaultdict to aggregate, and a
# ThreadPoolExecutor that scans the files (shards of a generated log) in
# parallel; results are merged in submission order, so the report does
# not depend on scheduling.  Runs with 1, 2 and 8 workers.
# args: --top 4 --level WARN --workers 2 app.log db.log web.log
import argparse
import re
import sys
from collections import Counter, defaultdict, namedtuple
from concurrent.futures import ThreadPoolExecutor

LINE = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>\d\d:\d\d:\d\d)'
                  r' \[(?P<level>[A-Z]+)\] (?P<source>[\w.]+): (?P<msg>.*)$')
LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR']
Entry = namedtuple('Entry', 'date time level source msg')
MESSAGES = ['connection reset by peer', 'slow query took {n} ms',
            'user {n} logged in', 'cache miss for key k{n}',
            'disk usage at {n}%', 'retrying request #{n}', 'malformed input']


def generate(name, count):
    """A deterministic log: a linear congruential generator picks the
    fields, so every run (and CPython) sees the same lines."""
    seed = sum(map(ord, name))
    lines = []
    for i in range(count):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        level = LEVELS[seed % 4]
        msg = MESSAGES[(seed >> 8) % len(MESSAGES)].format(n=seed % 997)
        source = name.split('.')[0] + '.' + ['main', 'io', 'net'][(seed >> 4) % 3]
        stamp = '2024-03-%02d %02d:%02d:%02d' % (1 + i // 500, (i // 60) % 24,
                                                i % 60, seed % 60)
        lines.append('%s [%s] %s: %s' % (stamp, level, source, msg))
        if seed % 17 == 0:
            lines.append('garbage line %d' % i)
    return lines


def scan(name, lines, lowest):
    counts = Counter()
    by_source = defaultdict(Counter)
    bad = 0
    slowest = (0, None)
    for line in lines:
        m = LINE.match(line)
        if m is None:
            bad += 1
            continue
        e = Entry(**m.groupdict())
        if LEVELS.index(e.level) < LEVELS.index(lowest):
            continue
        shape = re.sub(r'\d+', 'N', e.msg)
        counts[shape] += 1
        by_source[e.source][e.level] += 1
        slow = re.search(r'took (\d+) ms', e.msg)
        if slow and int(slow.group(1)) > slowest[0]:
            slowest = (int(slow.group(1)), e.date + ' ' + e.time)
    return name, counts, by_source, bad, slowest


def report(results, top):
    total = Counter()
    sources = defaultdict(Counter)
    for name, counts, by_source, bad, slowest in results:
        print('%-8s %5d kept %3d unparsable, slowest %s' % (
            name, sum(counts.values()), bad, slowest))
        total.update(counts)
        for src, levels in by_source.items():
            sources[src].update(levels)
    print('top messages:')
    for shape, n in total.most_common(top):
        print('  %4d  %s' % (n, shape))
    for src in sorted(sources):
        levels = sources[src]
        print('  %-10s %s' % (src, ' '.join('%s=%d' % (lv, levels[lv])
                                             for lv in LEVELS if levels[lv])))


def main(argv):
    parser = argparse.ArgumentParser(prog='logscan')
    parser.add_argument('files', nargs='+')
    parser.add_argument('--top', type=int, default=5)
    parser.add_argument('--level', choices=LEVELS, default='INFO')
    parser.add_argument('--workers', type=int, default=4)
    args = parser.parse_args(argv)
    logs = {name: generate(name, 1200) for name in args.files}
    first = None
    for workers in (1, args.workers, 8):
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(scan, name, logs[name], args.level)
                       for name in args.files]
            results = [f.result() for f in futures]
        if first is None:
            first = results
            report(results, args.top)
        else:
            print('workers=%d same: %s' % (workers, results == first))
    try:
        parser.parse_args(['--level', 'TRACE', 'x.log'])
    except SystemExit as e:
        print('bad level exits with', e.code)


main(sys.argv[1:])
