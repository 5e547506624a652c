# A log-processing pipeline of generators: parsing lines lazily, filtering,
# grouping with itertools, windows with deque, a coroutine-style
# accumulator with send(), and generator cleanup with close().
from collections import deque, Counter
from itertools import groupby, islice, takewhile, count

LOG = """\
2024-01-01 10:00:01 INFO start service=api
2024-01-01 10:00:02 WARN slow request ms=850 path=/users
2024-01-01 10:00:02 INFO request ms=120 path=/users
2024-01-01 10:00:05 ERROR failure code=500 path=/orders
2024-01-01 10:01:00 INFO request ms=90 path=/orders
2024-01-01 10:01:30 WARN slow request ms=990 path=/orders
not a log line
2024-01-01 10:02:10 INFO request ms=101 path=/users
2024-01-01 10:02:11 ERROR failure code=503 path=/users
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines):
    for number, line in lines:
        parts = line.split()
        if len(parts) < 4:
            print(f"skipping line {number}: {line!r}")
            continue
        date, time, level, event, *rest = parts
        fields = dict(item.split("=", 1) for item in rest if "=" in item)
        yield {"line": number, "minute": time[:5], "level": level,
               "event": event, **fields}


def only(levels, records):
    return (r for r in records if r["level"] in levels)


def moving_average(values, size):
    window = deque(maxlen=size)
    for v in values:
        window.append(v)
        yield round(sum(window) / len(window), 1)


def averager():
    total = n = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        n += 1
        avg = total / n
    return n


records = list(parse(read_lines(LOG)))
print(len(records), Counter(r["level"] for r in records))
for minute, group in groupby(records, key=lambda r: r["minute"]):
    print(minute, [r["level"][0] for r in group])
problems = only({"WARN", "ERROR"}, records)
print([(r["line"], r.get("path")) for r in problems])
ms = [int(r["ms"]) for r in records if "ms" in r]
print(ms, list(moving_average(ms, 3)))
acc = averager()
next(acc)
print([acc.send(v) for v in ms])
try:
    acc.send(None)
except StopIteration as stop:
    print("averaged", stop.value, "values")
print(list(islice((r["event"] for r in records), 2, 5)))
print(list(takewhile(lambda n: n * n < 50, count(1))))


def tail_lines(text):
    try:
        for line in text.splitlines():
            yield line
    finally:
        print("tail closed")


g = tail_lines(LOG)
print(next(g)[:19])
g.close()
print(sum(1 for _ in tail_lines("a\nb\nc")))
