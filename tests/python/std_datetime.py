# datetime: timedelta, date, time, datetime, timezone: arithmetic,
# normalization, formatting, parsing, comparisons, errors
from datetime import date, datetime, time, timedelta, timezone
import datetime as dtmod

td = timedelta(days=1, hours=25, minutes=-3, seconds=7.5, microseconds=3,
               milliseconds=1.25, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in (timedelta(0), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
          timedelta(days=-3, hours=5), timedelta(hours=1.5e-7), timedelta(seconds=0.5e-6),
          timedelta(seconds=1.5e-6), timedelta(days=2), timedelta(minutes=90)):
    print(repr(t), str(t))
a, b = timedelta(hours=5), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), a * 3, 2.5 * b, a / b, a // b, a % b,
      divmod(a, b), a / 4, a / 0.3, a // 7, b * 0.1)
print(a > b, a == timedelta(seconds=18000), hash(a) == hash(timedelta(hours=5)),
      bool(timedelta(0)), timedelta.max, timedelta.min, timedelta.resolution)
for bad in (lambda: timedelta(days=10 ** 9), lambda: timedelta(hours="1"),
            lambda: a / 0, lambda: a / 0.0):
    try:
        bad()
    except (OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

d = date(2024, 2, 28)
print(repr(d), d, d.year, d.month, d.day, d.weekday(), d.isoweekday(),
      d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=59),
      date(2024, 3, 1) - d, d - date(2023, 2, 28), timedelta(10) + d)
print(d.replace(day=1), d.replace(year=2023, month=12), date.fromordinal(738000),
      date.fromisoformat("2021-06-15"), date.fromisoformat("20210615"),
      date.fromisoformat("2021-W01-1"), date.fromisocalendar(2020, 53, 7))
for y, m, dd in ((2000, 1, 1), (1999, 12, 31), (2021, 1, 3), (2020, 12, 31),
                 (1, 1, 1), (9999, 12, 31), (2008, 12, 29), (2010, 1, 3)):
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.strftime("%a %A %b %B %d %j %U %W %w %u %y %Y %G-W%V-%u %x %c %%"))
print(d.strftime("%m/%d/%Y %H:%M:%S %p %f %z|%Z|"), d.ctime(), format(d, "%d.%m."), f"{d}")
print(date.min, date.max, date.resolution, d == date(2024, 2, 28), d < date(2024, 3, 1),
      sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
for bad in (lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2020, 13, 1),
            lambda: date(2020, 1, 1.0), lambda: date.fromisoformat("2020-1-01"),
            lambda: date.fromisoformat(20200101), lambda: date(9999, 12, 31) + timedelta(1),
            lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

dt = datetime(2024, 2, 29, 13, 5, 9, 120)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(" ", "milliseconds"),
      dt.isoformat(timespec="minutes"), dt.isoformat(timespec="hours"))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), datetime(2020, 1, 1))
print(dt.date(), dt.time(), repr(dt.time()), dt + timedelta(hours=12), dt - timedelta(days=366),
      dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %I%p %j %a"), dt.ctime(), dt.weekday(),
      dt.timestamp(), datetime.fromtimestamp(0), datetime.utcfromtimestamp(1e9 + 0.5),
      datetime.fromtimestamp(1700000000.25, timezone.utc))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.fromordinal(730000),
      datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283"),
      datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04"),
      datetime.fromisoformat("20111104T000523Z"))
print(dt.replace(hour=0, microsecond=0), dt > datetime(2024, 2, 29), dt == dt.replace(),
      dt == d, dt != d, datetime.min, datetime.max)
tz = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 1, 1, 12, tzinfo=tz)
print(repr(tz), tz, timezone.utc, repr(timezone.utc), timezone(-timedelta(hours=3), "BRT"),
      repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.astimezone(timezone.utc),
      aware.timestamp(), aware == datetime(2024, 1, 1, 6, 30, tzinfo=timezone.utc),
      aware - datetime(2024, 1, 1, tzinfo=timezone.utc), aware.strftime("%z %Z"))
t = time(7, 5, 3, 250)
print(repr(t), t, t.isoformat("milliseconds"), repr(time()), time(23, 59), repr(time(1, tzinfo=tz)),
      time(1, tzinfo=tz), t.replace(hour=9), t < time(8), t.strftime("%H.%M.%S %p"), format(t, ""))
for bad in (lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: datetime(2020, 1, 1, 0, 0, 0, 10 ** 6), lambda: datetime(2020, 1, 1) < aware,
            lambda: datetime(2020, 1, 1) - aware, lambda: dt < d, lambda: d < dt,
            lambda: datetime.fromisoformat("2020-01-01T25:00"), lambda: timezone(timedelta(hours=24)),
            lambda: datetime(2020, 1, 1, tzinfo=5), lambda: dt.isoformat(timespec="x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time(1) == time(1, tzinfo=tz), time(1) != time(1, tzinfo=tz), timedelta(1) == 1,
      d != "x", date(2020, 1, 1) == datetime(2020, 1, 1), d <= date(2024, 2, 28),
      aware >= datetime(2024, 1, 1, 6, tzinfo=timezone.utc), timedelta(1) >= timedelta(hours=24),
      time(5, tzinfo=timezone.utc) < time(6, tzinfo=tz), datetime(2020, 1, 1) == aware)
for bad in (lambda: time(1) < time(1, tzinfo=tz),):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, type(date.today()).__name__,
      (datetime.now(timezone.utc) - datetime.now(timezone.utc)) < timedelta(seconds=5),
      dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC is timezone.utc)
