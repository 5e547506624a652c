# The time module: time, perf_counter, monotonic and sleep (only relations
# between readings are printed).
import sys
import time


def main(argv: list[str]) -> int:
    t0 = time.time()
    p0 = time.perf_counter()
    m0 = time.monotonic()
    time.sleep(0.05)
    time.sleep(0)
    t1 = time.time()
    p1 = time.perf_counter()
    m1 = time.monotonic()
    print(t0 > 1.6e9, t1 >= t0)
    print(p1 - p0 >= 0.04, m1 - m0 >= 0.04, p1 - p0 < 30.0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: True True
# expect: True True True
