# rtrans.enter_atomic()/leave_atomic(): an atomic section opened in one
# function and closed in another (as an interpreter does for its programs'
# own atomic blocks); a break point inside it does not split it, so the
# read-modify-write below loses no update across threads; leave_atomic()
# outside a section raises RuntimeError; segment_limit() is at least 1.
import sys
import threading

import rtrans


class Box:
    n: int

    def __init__(self) -> None:
        self.n = 0


def open_section() -> None:
    rtrans.enter_atomic()


def close_section() -> None:
    rtrans.leave_atomic()


def bump(b: Box, times: int) -> None:
    for i in range(times):
        open_section()
        v = b.n
        rtrans.transaction_break_point()
        b.n = v + 1
        close_section()


def main(argv: list[str]) -> int:
    print(rtrans.is_atomic())
    rtrans.enter_atomic()
    rtrans.enter_atomic()
    print(rtrans.is_atomic())
    rtrans.leave_atomic()
    print(rtrans.is_atomic())
    rtrans.leave_atomic()
    print(rtrans.is_atomic())
    try:
        rtrans.leave_atomic()
    except RuntimeError as e:
        print("RuntimeError:", e)
    b = Box()
    threads = [threading.Thread(target=bump, args=(b, 3000)) for t in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(b.n, rtrans.segment_limit() >= 1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: False
# expect: True
# expect: True
# expect: False
# expect: RuntimeError: leave_atomic() outside an atomic section
# expect: 12000 True
