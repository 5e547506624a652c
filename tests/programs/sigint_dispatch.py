# Ctrl-C while the interpreter runs instructions that call nothing (local
# int arithmetic, comparisons, jumps): the SIGINT is seen by the dispatch
# loop's own back edge, and must still be raised in the running frame, so
# that its handlers and finally clauses run, at every depth, and the
# traceback names every frame, as CPython's.  The harness sends SIGINT
# when each `# sigint-after:` line has appeared on stdout.


def spin() -> int:
    n = 0
    while n >= 0:
        n += 1
    return n


def nested(depth: int) -> int:
    if depth == 0:
        return spin()
    try:
        return nested(depth - 1)
    finally:
        print("unwound", depth)


def main() -> None:
    try:
        print("first", flush=True)
        spin()
    except KeyboardInterrupt as e:
        print("caught in main", type(e).__name__, repr(str(e)))
    try:
        print("second", flush=True)
        nested(3)
    except KeyboardInterrupt:
        print("caught after nested")
    print("third", flush=True)
    nested(2)


main()

# sigint-after: first
# sigint-after: second
# sigint-after: third
# expect: first
# expect: caught in main KeyboardInterrupt ''
# expect: second
# expect: unwound 1
# expect: unwound 2
# expect: unwound 3
# expect: caught after nested
# expect: third
# expect: unwound 1
# expect: unwound 2
# expect-signal: SIGINT
# expect-stderr: Traceback (most recent call last):
# expect-stderr:     main()
# expect-stderr:     nested(2)
# expect-stderr:     return nested(depth - 1)
# expect-stderr:     return spin()
# expect-stderr: KeyboardInterrupt
