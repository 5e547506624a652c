# SIGINT wakes the main thread from blocking calls, as in CPython:
# time.sleep, input() on a terminal or pipe that has no data yet, and a
# recursion that never loops (the check at each call).
import sys
import time


def fanout(n: int, k: int) -> int:
    if n == 0:
        return k
    return fanout(n - 1, k + 1) + fanout(n - 1, k)


def main(argv: list[str]) -> int:
    try:
        print("sleeping", flush=True)
        time.sleep(120)
    except KeyboardInterrupt:
        print("sleep interrupted")
    try:
        print("reading", flush=True)
        line = input()
        print("read", line)
    except KeyboardInterrupt:
        print("input interrupted")
    try:
        print("recursing", flush=True)
        print(fanout(60, 0))
    except KeyboardInterrupt:
        print("recursion interrupted")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# stdin-held-open
# sigint-after: sleeping
# sigint-after: reading
# sigint-after: recursing
# expect: sleeping
# expect: sleep interrupted
# expect: reading
# expect: input interrupted
# expect: recursing
# expect: recursion interrupted
