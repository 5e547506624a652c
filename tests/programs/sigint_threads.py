# With other threads running, SIGINT still goes to the main thread: it
# wakes from Thread.join and Lock.acquire with KeyboardInterrupt, the
# workers go on, and the program ends normally once they are told to stop.
import sys
import threading
import time


class Flags:
    stop: bool = False
    rounds: int = 0


flags = Flags()


def worker(n: int) -> None:
    # one round at least, however late the scheduler starts this thread
    while True:
        flags.rounds += n
        if flags.stop:
            break
        time.sleep(0.001)


def main(argv: list[str]) -> int:
    t = threading.Thread(target=worker, args=(1,))
    t.start()
    lock = threading.Lock()
    lock.acquire()
    try:
        print("joining", flush=True)
        t.join()
    except KeyboardInterrupt:
        print("join interrupted")
    try:
        print("acquiring", flush=True)
        lock.acquire()
    except KeyboardInterrupt:
        print("acquire interrupted")
    flags.stop = True
    t.join()
    print("worker ran:", flags.rounds > 0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# threads
# sigint-after: joining
# sigint-after: acquiring
# expect: joining
# expect: join interrupted
# expect: acquiring
# expect: acquire interrupted
# expect: worker ran: True
