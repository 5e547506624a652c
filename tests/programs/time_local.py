# time.localtime, gmtime, mktime and strftime in the zone of $TZ (the C
# library's rules, as CPython's): a zone with summer time, a POSIX TZ
# string, and errors as CPython raises them.
import os
import time


def show(t: time.struct_time) -> None:
    print(t)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
          t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
    print(t[0], t[-1], len(t))


def main() -> None:
    os.environ["TZ"] = "CET-1CEST,M3.5.0,M10.5.0/3"
    time.tzset()
    for secs in [0.0, -1.5, 1719792000.0, 1711846799.0, 1711846800.0]:
        show(time.localtime(secs))
        show(time.gmtime(secs))
        print(time.mktime(time.localtime(secs)))
    t = time.struct_time((2024, 7, 1, 12, 30, 0, 0, 183, -1))
    print(t, t.tm_zone, t.tm_gmtoff)
    print(time.mktime(t))
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %Z %z", time.localtime(1719792000)))
    print(time.strftime("%Z|%z", t))
    print(time.strftime("%d/%m/%y", time.struct_time((2020, 0, 0, 0, 0, 0, 0, 0, -1))))
    print(repr(time.strftime("", t)))
    print(time.mktime(time.struct_time((2020, 13, 1, 0, 0, 0, 0, 1, -1))))
    for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, -1), (2020, 1, 32, 0, 0, 0, 0, 1, -1),
                (2020, 1, 1, 24, 0, 0, 0, 1, -1), (2020, 1, 1, 0, 60, 0, 0, 1, -1),
                (2020, 1, 1, 0, 0, 62, 0, 1, -1), (2020, 1, 1, 0, 0, 0, -2, 1, -1),
                (2020, 1, 1, 0, 0, 0, 0, 367, -1)]:
        try:
            time.strftime("%Y", time.struct_time(bad))
        except ValueError as e:
            print("ValueError:", e)
    try:
        time.strftime("%Y\0")
    except ValueError as e:
        print("ValueError:", e)
    for x in [float("nan"), float("inf"), 1e19, -1e19]:
        try:
            time.localtime(x)
        except ValueError as e:
            print("ValueError:", e)
        except OverflowError as e:
            print("OverflowError:", e)
    try:
        time.localtime(1e18)
    except OSError as e:
        print("OSError:", e)
    try:
        time.mktime(time.struct_time((2 ** 31, 1, 1, 0, 0, 0, 0, 1, -1)))
    except OverflowError as e:
        print("OverflowError:", e)
    os.environ["TZ"] = "UTC"
    time.tzset()
    show(time.localtime(1719792000))


main()
