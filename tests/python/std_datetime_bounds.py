# datetime: timedelta's range and resolution, IsoCalendarDate's fields,
# timezone equality and hashing (on the offset only, never the name)
from datetime import date, timedelta, timezone

print(repr(timedelta.max), repr(timedelta.min), repr(timedelta.resolution))
print(timedelta.max.days, timedelta.max.seconds, timedelta.max.microseconds)
print(timedelta.max - timedelta.resolution < timedelta.max,
      timedelta.min + timedelta.resolution > timedelta.min)
for f in (lambda: timedelta.max + timedelta.resolution,
          lambda: timedelta.min - timedelta.resolution,
          lambda: timedelta(days=1000000000)):
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, ic[0], len(ic), ic == (2020, 53, 7))
y, w, d = date(2024, 12, 30).isocalendar()
print(y, w, d, type(ic).__name__)
east = timezone(timedelta(hours=1), "East")
other = timezone(timedelta(hours=1), "Other")
print(east == other, hash(east) == hash(other), east == timezone.utc,
      east != other, east == 1, east.__eq__("x"), str(east), str(other))
print(timezone.utc == timezone(timedelta(0)), timezone(timedelta(0), "Z"))
print(len({east, other, timezone.utc, timezone(timedelta(0), "UTC")}))
