# Threads: an uncaught exception in a thread prints "Exception in thread
# NAME:" and the traceback to sys.stderr, and the program goes on; the
# traceback ends with the thread's own frames; threading.excepthook can be
# replaced; SystemExit ends a thread silently; Thread API errors.
# stm-stress: 7
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


def boom(n):
    if n > 0:
        return boom(n - 1)
    raise ValueError("boom in a thread")


cap = Capture()
real = sys.stderr
sys.stderr = cap
t = threading.Thread(target=boom, args=(2,))
t.start()
t.join()
sys.stderr = real
lines = "".join(cap.parts).splitlines()
print(lines[0])
print(lines[1])
print("\n".join(lines[-7:]))
print("alive:", t.is_alive())


def quits():
    sys.exit(3)


cap2 = Capture()
sys.stderr = cap2
t = threading.Thread(target=quits, name="quitter")
t.start()
t.join()
sys.stderr = real
print("SystemExit output:", cap2.parts)

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.thread.name, args.exc_traceback is not None))


old = threading.excepthook
threading.excepthook = hook


class Worker(threading.Thread):
    def run(self):
        {}["missing"]


w = Worker(name="worker-1")
w.start()
w.join()
threading.excepthook = old
print(seen)
print(threading.excepthook is threading.__excepthook__)

t = threading.Thread(target=print)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)


def raises_in_main_later():
    pass


print("main goes on")
raise KeyError("main fails after the threads")
