# A three-stage pipeline: a producer, parsers and a collector joined by a
# bounded buffer built on threading.Condition; an Event tells the stages
# to stop, a Timer fires a one-off health check (it is cancelled after
# the run, or has already run: the output does not say which), and
# threading.local keeps each parser's own scratch counters.  Also
# contextlib.suppress/ExitStack, functools.partial/reduce, itertools
# groupby/chain/islice, json round trips.  The collected results are
# sorted, so they do not depend on scheduling.  Runs with 1, 2, 8 parsers.
import contextlib
import functools
import itertools
import json
import threading
from collections import deque


class Buffer:
    def __init__(self, size):
        self.items = deque()
        self.size = size
        self.cond = threading.Condition()
        self.closed = False

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.size:
                self.cond.wait()
            self.items.append(item)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait()
            if not self.items:
                return None
            item = self.items.popleft()
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()


scratch = threading.local()


def parse(record):
    if not hasattr(scratch, 'seen'):
        scratch.seen = 0
    scratch.seen += 1
    data = json.loads(record)
    data['total'] = functools.reduce(lambda a, b: a + b, data['values'], 0)
    data['kind'] = 'even' if data['id'] % 2 == 0 else 'odd'
    return data


def run(parsers):
    raw, parsed = Buffer(4), Buffer(4)
    stop = threading.Event()
    health = []
    timer = threading.Timer(30.0, functools.partial(health.append, 'late'))
    timer.start()
    per_thread = []
    lock = threading.Lock()

    def producer():
        for i in itertools.islice(itertools.count(), 40):
            raw.put(json.dumps({'id': i, 'values': list(range(i % 7))}))
        raw.close()

    def parser():
        while not stop.is_set():
            record = raw.get()
            if record is None:
                break
            parsed.put(parse(record))
        with lock:
            per_thread.append(getattr(scratch, 'seen', 0))

    threads = [threading.Thread(target=producer)]
    threads += [threading.Thread(target=parser) for _ in range(parsers)]
    for t in threads:
        t.start()
    results = []
    collector_done = threading.Event()

    def collector():
        while len(results) < 40:
            item = parsed.get()
            results.append(item)
        collector_done.set()

    c = threading.Thread(target=collector)
    c.start()
    for t in threads:
        t.join()
    finished = collector_done.wait(timeout=60)
    c.join()
    stop.set()
    timer.cancel()
    timer.join()
    return sorted(results, key=lambda d: d['id']), sum(per_thread), finished


with contextlib.ExitStack() as stack:
    log = []
    stack.callback(log.append, 'closed')
    for parsers in (1, 2, 8):
        results, seen, finished = run(parsers)
        groups = {k: sum(d['total'] for d in g) for k, g in itertools.groupby(
            sorted(results, key=lambda d: d['kind']), key=lambda d: d['kind'])}
        print(parsers, len(results), seen, finished, groups,
              [d['total'] for d in itertools.chain(results[:3], results[-2:])])
    with contextlib.suppress(KeyError):
        {}['missing']
        print('not reached')
print(log, threading.active_count(), hasattr(scratch, 'seen'))
