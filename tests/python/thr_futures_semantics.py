# Threads: concurrent.futures' edges against CPython: Future states and
# errors, callbacks before and after completion, map() with a timeout
# (later calls cancelled), wait() and as_completed(), shutdown with
# cancel_futures, a failing initializer breaking the pool, bad arguments.
# stm-stress: 5
import io
import sys
import threading
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor


def outcome(call, *args, **kw):
    try:
        r = call(*args, **kw)
    except Exception as e:
        return type(e).__name__
    return 'ok:' + repr(r)


def plain_future():
    f = futures.Future()
    seen = []
    f.add_done_callback(lambda g: seen.append(('early', g.result())))
    print('pending', f.done(), f.running(), f.cancelled(),
          outcome(f.result, 0), outcome(f.exception, 0.01))
    print('running', f.set_running_or_notify_cancel(), f.running(),
          f.cancel())
    f.set_result(7)
    f.add_done_callback(lambda g: seen.append(('late', g.result())))
    print('done', f.done(), f.result(), f.exception(), seen,
          outcome(f.set_result, 8), outcome(f.set_exception, ValueError()))
    g = futures.Future()
    print('cancel', g.cancel(), g.cancel(), g.cancelled(),
          outcome(g.result), outcome(g.exception),
          g.set_running_or_notify_cancel())
    h = futures.Future()
    h.set_exception(KeyError('k'))
    print('raised', repr(h.exception()), outcome(h.result))


def mapping():
    gate = threading.Event()
    started = threading.Event()
    ran = []

    def step(x):
        ran.append(x)
        if x == 0:
            started.set()
            gate.wait()
        return x * 10

    with ThreadPoolExecutor(1) as ex:
        print('map', list(ex.map(abs, [-1, 2, -3], timeout=30)),
              list(ex.map(pow, [2, 3], [5, 2])))
        it = ex.map(step, range(4), timeout=0.05)
        # step(0) running, before the timeout can end: a loaded run whose
        # worker had not started it in 50 ms cancelled it with the others
        # (ran: []); a late wait leaves the first result a negative
        # timeout, which still times out
        started.wait()
        print('map timeout', outcome(next, it))
        gate.set()
    print('ran after timeout', ran)


def waiting():
    gate = threading.Event()
    with ThreadPoolExecutor(2) as ex:
        slow = ex.submit(gate.wait)
        quick = ex.submit(int, '5')
        bad = ex.submit(int, 'x')
        done, not_done = futures.wait([quick, bad], timeout=30)
        print('all', len(done), len(not_done), quick.result(),
              type(bad.exception()).__name__)
        r = futures.wait([slow, bad], timeout=30,
                         return_when=futures.FIRST_EXCEPTION)
        print('first exception', bad in r.done, slow in r.not_done)
        r = futures.wait([slow], timeout=0.02,
                         return_when=futures.FIRST_COMPLETED)
        print('timed out', len(r.done), len(r.not_done))
        try:
            for f in futures.as_completed([quick, slow], timeout=0.05):
                print('completed', f.result())
        except futures.TimeoutError as e:
            print('as_completed', e)
        gate.set()
        print('slow', slow.result(30))


def shutting_down():
    gate = threading.Event()
    started = threading.Event()
    ex = ThreadPoolExecutor(1)

    def first_call():
        started.set()
        return gate.wait()

    first = ex.submit(first_call)
    started.wait()
    queued = [ex.submit(int, i) for i in range(3)]
    ex.shutdown(wait=False, cancel_futures=True)
    gate.set()
    ex.shutdown(wait=True)
    print('shutdown', first.result(), [f.cancelled() for f in queued],
          outcome(ex.submit, int, 1))


def broken():
    def init(flag):
        raise RuntimeError(flag)

    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        ex = ThreadPoolExecutor(1, initializer=init, initargs=('x',))
        f = ex.submit(int, 3)
        print('broken', type(f.exception(30)).__name__, f.exception(30))
        ex.shutdown()
        print('after', outcome(ex.submit, int, 4))
    finally:
        sys.stderr = saved


def bad_arguments():
    print('args', outcome(ThreadPoolExecutor, 0),
          outcome(ThreadPoolExecutor, -2),
          outcome(ThreadPoolExecutor, 1, initializer=3))
    try:
        ThreadPoolExecutor(0)
    except ValueError as e:
        print(e)
    try:
        ThreadPoolExecutor(2, initializer='no')
    except TypeError as e:
        print(e)


plain_future()
mapping()
waiting()
shutting_down()
broken()
bad_arguments()
