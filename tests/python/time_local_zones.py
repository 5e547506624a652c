# Local time through the C library's zone rules, as CPython's time and
# datetime modules: $TZ set by the program and read again by tzset, summer
# time in both hemispheres, the two equal wall-clock times of autumn (fold)
# and the missing hour of spring (gap), zone constants and names.
import os
import time
import datetime as dt

ZONES = ["UTC", "CET-1CEST,M3.5.0,M10.5.0/3", "EST5EDT,M3.2.0,M11.1.0",
         "AEST-10AEDT,M10.1.0,M4.1.0/3", "IST-5:30", "<+0545>-5:45"]
MOMENTS = [0, 1711846799, 1711846800, 1729990799, 1729990800, 1729994400,
           1704067200.75, -86400 * 365 * 30 + 0.5]

for zone in ZONES:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for secs in MOMENTS:
        t = time.localtime(secs)
        print(" ", tuple(t), t.tm_zone, t.tm_gmtoff, time.mktime(t))
        print("  ", time.strftime("%Y-%m-%d %H:%M:%S %Z %z", t),
              time.asctime(t), time.ctime(secs))
        d = dt.datetime.fromtimestamp(secs)
        print("  ", repr(d), d.fold, d.timestamp(), dt.date.fromtimestamp(secs))
        a = d.astimezone()
        print("  ", repr(a), a.tzname(), a.utcoffset())
        u = dt.datetime.fromtimestamp(secs, dt.timezone.utc)
        print("  ", u.astimezone(), u.astimezone().tzinfo)

# the autumn hour that happens twice in Paris, and the spring hour that
# does not happen at all
os.environ["TZ"] = "Europe/Paris" if os.path.exists(
    "/usr/share/zoneinfo/Europe/Paris") else "CET-1CEST,M3.5.0,M10.5.0/3"
time.tzset()
for fold in (0, 1):
    twice = dt.datetime(2024, 10, 27, 2, 30, fold=fold)
    gap = dt.datetime(2024, 3, 31, 2, 30, fold=fold)
    print(fold, twice.timestamp(), gap.timestamp(), twice.astimezone(),
          gap.astimezone())
print(time.mktime((2024, 10, 27, 2, 30, 0, 0, 0, 0)),
      time.mktime((2024, 10, 27, 2, 30, 0, 0, 0, 1)),
      time.mktime((2024, 13, 40, 25, 61, 0, 0, 0, -1)))
print(time.strftime("%Z %z", (2024, 7, 1, 12, 0, 0, 0, 183, 1)),
      time.strftime("%Z %z", (2024, 1, 1, 12, 0, 0, 0, 1, 0)))
for bad in [float("nan"), float("inf"), 2 ** 63, 1e19, "x"]:
    try:
        time.localtime(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.localtime(1e18)
except OSError as e:
    print(type(e).__name__, e)
del os.environ["TZ"]
print("TZ" in os.environ)
try:
    del os.environ["TZ"]
except KeyError as e:
    print("KeyError", e)
