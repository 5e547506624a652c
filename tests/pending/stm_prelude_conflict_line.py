# Waiting for issue 14 item 5's last part: "conflict reports name the
# user's line that called into the library, not the library's".  Not an
# issue-8 program: a forced (not timed) conflict inside the prelude's dict
# methods, for a `# stm-conflict-at:` check of tests/programs (the
# directive exists only in tests/python/test_python.c today).
#
# The reader's atomic transaction reads shared[0] from its snapshot, then
# takes the one token out of a TQueue (outside transactional control, so
# the writer sees len() drop at once) and spins until shared[0] changes;
# the writer waits for the token to go, then writes shared[0] = 1 and
# commits after the reader's snapshot: the reader's validation at its
# loop's poll always finds a write-read conflict on the dict's value
# array.  One segment cannot run both sides (the atomic spin would hold
# it), so the program skips the dance there (also the GIL build and
# CPython: segment_limit() is 1) and prints the same.
#
# With RTRANS_STM_SEGMENTS=2 RTRANS_STM_LOG=FILE, rtrans-stmlog FILE says
# (main a700fc2):
#   1. 10.519 ms lost in 1 write-read conflict on Array[int]
#      writer: at runtime/prelude/builtins.py:1722 (f154_dict___setitem__)
#      reader: at runtime/prelude/builtins.py:1740 (f142_dict___getitem__)
# and should name line 46 (writer) and line 39 (reader) of this file: the
# translated program has no markers, and both prelude methods are not
# inlined, so the one code address the runtime records per side is the
# prelude's.  Needed: the caller's return address beyond the prelude
# frames (recorded only while logging), and rtrans-stmlog skipping prelude
# frames (and inline frames from the prelude) as it skips stm.h's.
import threading

import rtrans

shared: dict[int, int] = {0: 0}
token: rtrans.TQueue[int] = rtrans.TQueue()


def reader() -> None:
    with rtrans.atomic:
        token.get()
        while shared[0] == 0:
            pass


def writer() -> None:
    while len(token) > 0:
        pass
    shared[0] = 1


if rtrans.segment_limit() >= 2:
    token.put(1)
    ts = [threading.Thread(target=reader), threading.Thread(target=writer)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
else:
    shared[0] = 1
print(shared[0])
