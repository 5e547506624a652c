# 'with' accepts files, locks and rtrans.atomic.
import sys
import threading
import rtrans


class Res:
    pass


def f(r: Res) -> None:
    with r:
        pass
    with rtrans.atomic as a:
        pass
    lock = threading.Lock()
    with lock as l:
        pass


def main(argv: list[str]) -> int:
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect error: 12:10: 'Res' cannot be used in 'with': it has no __enter__
# expect error: 14:27: 'rtrans.atomic' takes no 'as' target
# expect error: 17:18: 'with lock as x' is not supported
