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

# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=1, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
# expect: 1970 1 1 1 0 0 3 1 0 CET 3600
# expect: 1970 0 9
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)
# expect: 1970 1 1 0 0 0 3 1 0 GMT 0
# expect: 1970 0 9
# expect: 0.0
# expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=59, tm_sec=58, tm_wday=3, tm_yday=1, tm_isdst=0)
# expect: 1970 1 1 0 59 58 3 1 0 CET 3600
# expect: 1970 0 9
# expect: time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=58, tm_wday=2, tm_yday=365, tm_isdst=0)
# expect: 1969 12 31 23 59 58 2 365 0 GMT 0
# expect: 1969 0 9
# expect: -2.0
# expect: time.struct_time(tm_year=2024, tm_mon=7, tm_mday=1, tm_hour=2, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=183, tm_isdst=1)
# expect: 2024 7 1 2 0 0 0 183 1 CEST 7200
# expect: 2024 1 9
# expect: time.struct_time(tm_year=2024, tm_mon=7, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=183, tm_isdst=0)
# expect: 2024 7 1 0 0 0 0 183 0 GMT 0
# expect: 2024 0 9
# expect: 1719792000.0
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=31, tm_hour=1, tm_min=59, tm_sec=59, tm_wday=6, tm_yday=91, tm_isdst=0)
# expect: 2024 3 31 1 59 59 6 91 0 CET 3600
# expect: 2024 0 9
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=31, tm_hour=0, tm_min=59, tm_sec=59, tm_wday=6, tm_yday=91, tm_isdst=0)
# expect: 2024 3 31 0 59 59 6 91 0 GMT 0
# expect: 2024 0 9
# expect: 1711846799.0
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=31, tm_hour=3, tm_min=0, tm_sec=0, tm_wday=6, tm_yday=91, tm_isdst=1)
# expect: 2024 3 31 3 0 0 6 91 1 CEST 7200
# expect: 2024 1 9
# expect: time.struct_time(tm_year=2024, tm_mon=3, tm_mday=31, tm_hour=1, tm_min=0, tm_sec=0, tm_wday=6, tm_yday=91, tm_isdst=0)
# expect: 2024 3 31 1 0 0 6 91 0 GMT 0
# expect: 2024 0 9
# expect: 1711846800.0
# expect: time.struct_time(tm_year=2024, tm_mon=7, tm_mday=1, tm_hour=12, tm_min=30, tm_sec=0, tm_wday=0, tm_yday=183, tm_isdst=-1) None None
# expect: 1719829800.0
# expect: 2024-07-01 02:00:00 Mon Jul 183 CEST +0200
# expect: |
# expect: 01/01/20
# expect: ''
# expect: 1609455600.0
# expect: ValueError: month out of range
# expect: ValueError: day of month out of range
# expect: ValueError: hour out of range
# expect: ValueError: minute out of range
# expect: ValueError: seconds out of range
# expect: ValueError: day of week out of range
# expect: ValueError: day of year out of range
# expect: ValueError: embedded null character
# expect: ValueError: Invalid value NaN (not a number)
# expect: OverflowError: timestamp out of range for platform time_t
# expect: OverflowError: timestamp out of range for platform time_t
# expect: OverflowError: timestamp out of range for platform time_t
# expect: OSError: [Errno 75] Value too large for defined data type
# expect: OverflowError: signed integer is greater than maximum
# expect: time.struct_time(tm_year=2024, tm_mon=7, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=183, tm_isdst=0)
# expect: 2024 7 1 0 0 0 0 183 0 UTC 0
# expect: 2024 0 9
