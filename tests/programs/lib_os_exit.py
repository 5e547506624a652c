# os._exit ends the process at once with the given status: no finally
# blocks, no later output.
import os
import sys


def main(argv: list[str]) -> int:
    print("before", flush=True)
    try:
        os._exit(4)
    finally:
        print("finally must not run", flush=True)
    print("after")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: before
# expect-exit: 4
