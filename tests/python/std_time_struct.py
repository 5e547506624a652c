# time's calendar half: struct_time, gmtime, strftime, strptime, asctime,
# mktime/localtime under TZ=UTC; datetime.timetuple
import time, datetime
from time import strftime, gmtime
print(time.gmtime(0), time.gmtime(1e9).tm_yday, time.gmtime(-1.5))
g = time.gmtime(1700000000)
print(g.tm_zone, g.tm_gmtoff, g[0], g[-1], len(g), tuple(g)[:3], g.tm_wday, type(g).__name__)
print(strftime("%Y-%m-%d %H:%M:%S %a %b %j %Z %z %f %% %%f", g))
print(time.strftime("%H:%M:%S", (2020, 1, 1, 23, 59, 60, 0, 1, 0)))
for bad in ((2020, 13, 1, 0, 0, 0, 0, 1, 0), (1, 2), "x"):
    try:
        time.strftime("%H", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(time.asctime(time.gmtime(86400 * 365.25 * 30)), time.asctime((2026, 12, 7, 9, 5, 3, 0, 341, 0)))
print(time.strptime("2020-03-04", "%Y-%m-%d"))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_zone, time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0, "CET", 3600)).tm_gmtoff)
for bad in ((1, 2), range(12)):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
d = datetime.datetime(2024, 2, 29, 13, 14, 15)
print(d.timetuple(), d.date().timetuple().tm_yday, d.utctimetuple().tm_isdst)
a = datetime.datetime(2024, 1, 1, 0, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
print(a.timetuple().tm_isdst, a.utctimetuple()[:5])
try:
    time.nosuch
except AttributeError as e:
    print(e)
print(type(time.time()).__name__, time.gmtime(time.time()).tm_year >= 2024)
import os
os.environ["TZ"] = "UTC"; time.tzset()
print(time.localtime(0), time.mktime(time.localtime(12345)), time.mktime((2020, 13, 1, 0, 0, 0, 0, 1, 0)))
print(time.ctime(0), time.timezone, time.altzone, time.daylight, time.tzname)
