# An exception not caught in a thread: as CPython, "Exception in thread
# Thread-N (target):" and the traceback on stderr, the thread ends, the
# program goes on and exits 0.  N counts the threads made so far; the
# target's name is that of the function, bound method or lambda.  (The
# traceback's frames between the header and the target's differ: CPython
# shows threading.py's, the translated program one frame at the Thread
# call.)
import sys
import threading


class Worker:
    k: int

    def __init__(self, k: int) -> None:
        self.k = k

    def run_it(self) -> None:
        raise RuntimeError(f"worker {self.k}")


def work(n: int) -> None:
    if n > 1:
        raise ValueError(f"bad {n}")
    print("worker", n, "ok")


def main(argv: list[str]) -> int:
    t = threading.Thread(target=work, args=(1,))
    t.start()
    t.join()
    t2 = threading.Thread(target=work, args=(2,))
    t2.start()
    t2.join()
    print("after Thread-2")
    w = Worker(7)
    t3 = threading.Thread(target=w.run_it)
    t3.start()
    t3.join()
    print("main goes on")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: worker 1 ok
# expect: after Thread-2
# expect: main goes on
# expect-stderr: Exception in thread Thread-2 (work):
# expect-stderr: ValueError: bad 2
# expect-stderr: Exception in thread Thread-3 (run_it):
# expect-stderr: line 19, in run_it
# expect-stderr: RuntimeError: worker 7
