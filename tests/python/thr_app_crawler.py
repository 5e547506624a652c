# A web-crawler simulation: worker threads take URLs from a queue.Queue,
# "fetch" pages of a generated site, extract links with re, and queue the
# unseen ones (a set under a Lock); queue.join() waits for the crawl, then
# sentinels stop the workers.  dataclasses, enum, typing annotations,
# heapq and json shape the report, which is sorted, so it does not depend
# on which worker fetched what.  Runs with 1, 2 and 8 workers.
import heapq
import json
import os.path
import queue
import re
import threading
from dataclasses import dataclass, field
from enum import Enum
from typing import Dict, List, Optional

LINK = re.compile(r'<a href="([^"]+)">')


class Status(Enum):
    OK = 200
    MOVED = 301
    MISSING = 404


@dataclass(order=True)
class Page:
    url: str
    status: Status = field(compare=False)
    links: List[str] = field(default_factory=list, compare=False)
    size: int = field(default=0, compare=False)


def site(url: str) -> Optional[str]:
    """The generated site: page n links to a few others; some are
    missing, some redirect."""
    name = os.path.basename(url)
    if not name.startswith('p') or not name[1:].isdigit():
        return None
    n = int(name[1:])
    if n > 120 or n % 29 == 28:
        return None
    if n % 13 == 12:
        return 'MOVED ' + os.path.join(os.path.dirname(url), 'p%d' % (n + 1))
    body = ['<h1>page %d</h1>' % n]
    for k in (2 * n + 1, 3 * n + 2, n // 2, (n * 7) % 131):
        body.append('<a href="/docs/p%d">link</a>' % k)
    return '\n'.join(body)


class Crawler:
    def __init__(self, workers: int) -> None:
        self.todo: 'queue.Queue[Optional[str]]' = queue.Queue()
        self.lock = threading.Lock()
        self.seen: set = set()
        self.pages: Dict[str, Page] = {}
        self.workers = [threading.Thread(target=self.work, name='w%d' % i)
                        for i in range(workers)]

    def offer(self, url: str) -> None:
        with self.lock:
            if url in self.seen:
                return
            self.seen.add(url)
        self.todo.put(url)

    def fetch(self, url: str) -> Page:
        text = site(url)
        if text is None:
            return Page(url, Status.MISSING)
        if text.startswith('MOVED '):
            return Page(url, Status.MOVED, [text[6:]])
        return Page(url, Status.OK, LINK.findall(text), len(text))

    def work(self) -> None:
        while True:
            url = self.todo.get()
            if url is None:
                self.todo.task_done()
                return
            page = self.fetch(url)
            with self.lock:
                self.pages[url] = page
            for link in page.links:
                self.offer(link)
            self.todo.task_done()

    def run(self, start: str) -> Dict[str, Page]:
        for t in self.workers:
            t.start()
        self.offer(start)
        self.todo.join()
        for _ in self.workers:
            self.todo.put(None)
        for t in self.workers:
            t.join()
        return self.pages


def summary(pages: Dict[str, Page]) -> dict:
    inbound: Dict[str, int] = {}
    for page in pages.values():
        for link in page.links:
            inbound[link] = inbound.get(link, 0) + 1
    by_status = {s.name: sum(1 for p in pages.values() if p.status is s)
                 for s in Status}
    top = heapq.nlargest(5, inbound.items(), key=lambda kv: (kv[1], kv[0]))
    return {'pages': len(pages), 'status': by_status,
            'bytes': sum(p.size for p in pages.values()),
            'top_linked': [[url, n] for url, n in top],
            'missing': sorted(p.url for p in pages.values()
                              if p.status is Status.MISSING)[:6]}


first = None
for workers in (1, 2, 8):
    result = summary(Crawler(workers).run('/docs/p1'))
    if first is None:
        first = result
        print(json.dumps(result, indent=2, sort_keys=True))
        pages = Crawler(1).run('/docs/p1')
        print(sorted(pages.values())[:3])
        print(pages['/docs/p12'])
    else:
        print('workers=%d same: %s' % (workers, result == first))
