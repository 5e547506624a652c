# An int where a library parameter is a float (issue 8): math and time functions, and the
# timeouts of the threading classes (`float | None`), take it as CPython's library does.
import math
import threading
import time

ev = threading.Event()
print(ev.wait(0), ev.wait(timeout=0))
lk = threading.Lock()
print(lk.acquire(True, 1), lk.locked())
lk.release()
c = threading.Condition()
with c:
    print(c.wait(0), c.wait_for(lambda: True, 1))
s = threading.Semaphore(0)
print(s.acquire(True, 0))
time.sleep(0)
print(math.sqrt(2), math.floor(2), math.pow(2, 3), math.atan2(1, 2), math.hypot(3, 4))

# expect: False False
# expect: True True
# expect: False True
# expect: False
# expect: 1.4142135623730951 2 8.0 0.4636476090008061 5.0
