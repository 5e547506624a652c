# The rtrans module in a single thread: atomic nests, is_atomic, and the
# hint and marker calls are accepted everywhere.
import sys

import rtrans


def step(i: int) -> int:
    rtrans.push_marker(i, "step")
    rtrans.update_marker(i + 1)
    rtrans.transaction_break_point()
    r = i * i
    rtrans.pop_marker()
    return r


def main(argv: list[str]) -> int:
    print(rtrans.is_atomic())
    with rtrans.atomic:
        print(rtrans.is_atomic())
        with rtrans.atomic:
            print(rtrans.is_atomic())
        print(rtrans.is_atomic())
    print(rtrans.is_atomic())
    rtrans.hint_commit_soon()
    rtrans.become_inevitable()
    print(sum(step(i) for i in range(10)))
    try:
        with rtrans.atomic:
            raise KeyError("inside atomic")
    except KeyError as e:
        print("caught", str(e), rtrans.is_atomic())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: False
# expect: True
# expect: True
# expect: True
# expect: False
# expect: 285
# expect: caught 'inside atomic' False
