# logging from several threads: each handler emits under its own lock, so
# every line is whole and none is lost (the records of four threads to one
# stream, the record's thread name, a FileHandler shared by all); at exit
# logging.shutdown flushes and closes the handlers (the file's last line).
# stm-stress: 7
import io
import logging
import threading

out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter('%(threadName)s|%(levelname)s|'
                                       '%(message)s'))
log = logging.getLogger('work')
log.setLevel(logging.INFO)
log.addHandler(handler)
shared = logging.FileHandler('threads.log', mode='w')
log.addHandler(shared)


def worker(n):
    sub = logging.getLogger('work.t%d' % n)
    for i in range(40):
        sub.info('item %d of worker %d', i, n)
        if i % 10 == 0:
            sub.debug('not shown %d', i)
    sub.warning('worker %d done', n)


threads = [threading.Thread(target=worker, args=(n,), name='W%d' % n)
           for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lines = out.getvalue().splitlines()
print(len(lines))
for line in sorted(lines, key=lambda s: (s.split('|')[0], len(s), s))[::17]:
    print(line)
per_thread = {}
for line in lines:
    name, level, msg = line.split('|')
    assert ('worker ' + name[1:]) in msg, line
    per_thread[name] = per_thread.get(name, 0) + 1
print(sorted(per_thread.items()))
shared.flush()
with open('threads.log') as f:
    print(sorted(f.read().splitlines())[-3:])
log.removeHandler(handler)
log.warning('last line, written at shutdown')
