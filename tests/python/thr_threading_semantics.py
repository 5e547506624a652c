# Threads: the edges of threading's primitives, checked against CPython:
# RLock depth and errors, Condition on an un-acquired lock, timed waits,
# notify(n), Semaphore/BoundedSemaphore arguments and timeouts, Event.wait's
# result, Barrier breaking (timeout, failing action, reset, abort), Thread's
# state errors and names, Timer.cancel.
# stm-stress: 5
import re
import threading
import time


def outcome(call, *args, **kw):
    try:
        r = call(*args, **kw)
    except Exception as e:
        return '%s(%s)' % (type(e).__name__, e)
    return 'ok:' + repr(r)


def shown(obj):
    return re.sub(r'0x[0-9a-f]+|owner=\d+|\b\d{4,}\b', '#', repr(obj))


def rlocks():
    r = threading.RLock()
    print('rlock', shown(r), r.acquire(), r.acquire(False), shown(r))
    r.release()
    print('  depth 1', shown(r), r._is_owned())
    r.release()
    print('  free', shown(r), outcome(r.release))
    other = []
    r.acquire()
    t = threading.Thread(target=lambda: other.append(
        (r.acquire(False), r.acquire(True, 0.01), outcome(r.release))))
    t.start()
    t.join()
    r.release()
    print('  other thread', other)


def conditions():
    c = threading.Condition()
    print('condition', outcome(c.wait, 0), outcome(c.notify),
          outcome(c.notify_all))
    with c:
        print('  timed wait', c.wait(0), c.wait(0.01),
              c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: 5))
    plain = threading.Condition(threading.Lock())
    print('  plain lock', outcome(plain.wait, 0))
    woken = []
    ready = threading.Semaphore(0)

    def sleeper(k):
        with plain:
            ready.release()
            woken.append((k, plain.wait(30)))

    ts = [threading.Thread(target=sleeper, args=(k,)) for k in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        ready.acquire()
    with plain:
        plain.notify(2)
    while len(woken) < 2:
        time.sleep(0.001)
    with plain:
        plain.notify_all()
    for t in ts:
        t.join()
    print('  woken', sorted(woken))


def semaphores():
    print('semaphore', outcome(threading.Semaphore, -1),
          outcome(threading.Semaphore(0).acquire, False, 1))
    s = threading.Semaphore(2)
    print('  takes', s.acquire(), s.acquire(False), s.acquire(False),
          s.acquire(True, 0), s.acquire(timeout=0.01),
          outcome(s.release, 0))
    s.release(2)
    print('  released 2', s._value, s.acquire(False), s.acquire(False))
    b = threading.BoundedSemaphore(1)
    print('  bounded', outcome(b.release), b.acquire(), outcome(b.release),
          outcome(b.release), outcome(b.release, 0))
    with b:
        print('  with', b._value)
    g = threading.Semaphore(0)
    t = threading.Timer(0.02, g.release, args=(3,))
    t.start()
    print('  woken by release', g.acquire(timeout=30), g._value)
    t.join()


def events():
    e = threading.Event()
    print('event', e.is_set(), e.wait(0), e.wait(0.01))
    threading.Timer(0.02, e.set).start()
    print('  set later', e.wait(30), e.is_set(), e.wait())
    e.clear()
    print('  cleared', e.is_set(), e.wait(0))


def barriers():
    print('barrier', shown(threading.Barrier(0)))
    b = threading.Barrier(2, timeout=0.02)
    print('  timeout', outcome(b.wait), b.broken, b.n_waiting,
          outcome(b.wait))
    b.reset()
    print('  reset', b.broken, b.n_waiting, b.parties)

    def fail():
        raise KeyError('action')

    b = threading.Barrier(2, action=fail)
    got = []
    t = threading.Thread(target=lambda: got.append(outcome(b.wait, 30)))
    t.start()
    mine = outcome(b.wait, 30)
    t.join()
    print('  failing action', sorted(got + [mine]), b.broken)
    b = threading.Barrier(3)
    got = []
    ts = [threading.Thread(target=lambda: got.append(outcome(b.wait)))
          for _ in range(2)]
    for t in ts:
        t.start()
    while b.n_waiting < 2:
        time.sleep(0.001)
    b.reset()
    for t in ts:
        t.join()
    print('  reset while waiting', got, b.broken, b.n_waiting)
    ts = [threading.Thread(target=lambda: got.append(b.wait(30)))
          for _ in range(2)]
    for t in ts:
        t.start()
    print('  next round', b.wait(30) in (0, 1, 2))
    for t in ts:
        t.join()
    b.abort()
    print('  aborted', b.broken, outcome(b.wait), shown(b))


def named(x):
    return x


def threads():
    class Lazy(threading.Thread):
        def __init__(self):
            pass

    lazy = Lazy()
    print('thread', outcome(lazy.start), outcome(lazy.join),
          outcome(setattr, lazy, 'daemon', True))
    t = threading.Thread(target=named, args=(1,), name=42)
    print('  names', t.name, threading.Thread(target=named).name.split()[1],
          threading.Thread(target=None).name.count('('),
          threading.Thread(target=len, daemon=True).daemon)
    print('  before start', shown(t), outcome(t.join), t.is_alive())
    t.daemon = True
    t.start()
    print('  started', outcome(t.start), outcome(setattr, t, 'daemon', 0))
    t.join()
    print('  stopped', shown(t), t.is_alive(),
          outcome(threading.current_thread().join))
    fired = []
    tm = threading.Timer(30, fired.append, args=['late'])
    tm.start()
    tm.cancel()
    tm.join()
    print('  timer cancelled', fired, tm.finished.is_set())


rlocks()
conditions()
semaphores()
events()
barriers()
threads()
