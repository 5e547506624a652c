# Two threads take turns printing to stdout and stderr, handing the turn
# over with Locks used as semaphores (a Lock may be released by another
# thread).  Under --stm their prints are buffered with their transactions,
# which do not become inevitable, and written when they commit, in commit
# order, so the turns show in order, each line once (abort stress
# included).
import sys
import threading


def player(name: str, mine: threading.Lock, theirs: threading.Lock, rounds: int) -> None:
    for i in range(rounds):
        mine.acquire()
        print(f"{name} {i}")
        if i % 4 == 0:
            print(f"{name} {i} to stderr", file=sys.stderr)
        sys.stdout.write(f"{name} wrote {i}\n")
        if i % 5 == 0:
            print(f"{name} flushed {i}", flush=True)
        theirs.release()


def main(argv: list[str]) -> int:
    a = threading.Lock()
    b = threading.Lock()
    a.acquire()
    b.acquire()
    ta = threading.Thread(target=player, args=("a", a, b, 12))
    tb = threading.Thread(target=player, args=("b", b, a, 12))
    ta.start()
    tb.start()
    print("started")
    a.release()
    ta.join()
    tb.join()
    print("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# threads
# stm-max-inevitable: 1
# expect-stderr: b 8 to stderr

# expect: started
# expect: a 0
# expect: a wrote 0
# expect: a flushed 0
# expect: b 0
# expect: b wrote 0
# expect: b flushed 0
# expect: a 1
# expect: a wrote 1
# expect: b 1
# expect: b wrote 1
# expect: a 2
# expect: a wrote 2
# expect: b 2
# expect: b wrote 2
# expect: a 3
# expect: a wrote 3
# expect: b 3
# expect: b wrote 3
# expect: a 4
# expect: a wrote 4
# expect: b 4
# expect: b wrote 4
# expect: a 5
# expect: a wrote 5
# expect: a flushed 5
# expect: b 5
# expect: b wrote 5
# expect: b flushed 5
# expect: a 6
# expect: a wrote 6
# expect: b 6
# expect: b wrote 6
# expect: a 7
# expect: a wrote 7
# expect: b 7
# expect: b wrote 7
# expect: a 8
# expect: a wrote 8
# expect: b 8
# expect: b wrote 8
# expect: a 9
# expect: a wrote 9
# expect: b 9
# expect: b wrote 9
# expect: a 10
# expect: a wrote 10
# expect: a flushed 10
# expect: b 10
# expect: b wrote 10
# expect: b flushed 10
# expect: a 11
# expect: a wrote 11
# expect: b 11
# expect: b wrote 11
# expect: done
