# Threads: printing from threads.  Under --stm a print does not make its
# transaction inevitable: the output is buffered with the transaction and
# written when it commits, in commit order.  Two threads take turns (Locks
# used as semaphores), printing to stdout and stderr, with flush=True and
# sys.stdout.write; a thread's output before an uncaught exception comes
# before its report (a hook's); with abort stress every line is printed once.
# stm-stress: 5
import sys
import threading


def player(name, mine, theirs, rounds):
    for i in range(rounds):
        mine.acquire()
        print(name, i, "x" * i)
        if i % 3 == 0:
            print(name, "to stderr", i, file=sys.stderr)
        sys.stdout.write("%s wrote %d\n" % (name, i))
        if i % 4 == 0:
            print(name, "flushed", i, flush=True)
        theirs.release()


a = threading.Lock()
b = threading.Lock()
a.acquire()
b.acquire()
ta = threading.Thread(target=player, args=("a", a, b, 10))
tb = threading.Thread(target=player, args=("b", b, a, 10))
ta.start()
tb.start()
print("started")
a.release()
ta.join()
tb.join()
print("turns done")


def failing():
    print("about to fail")
    sys.stdout.flush()
    print("on stderr before the report", file=sys.stderr)
    raise ValueError("from a thread")


def hook(args):
    print("hook:", args.thread.name, args.exc_type.__name__, args.exc_value,
          file=sys.stderr)


threading.excepthook = hook
t = threading.Thread(target=failing, name="failer")
t.start()
t.join()
print("done")
