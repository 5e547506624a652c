# calendar as CPython's: isleap, leapdays, weekday, monthrange, the Calendar
# iterators, TextCalendar's month and year layouts (widths, line spacing,
# first weekday), the module functions, timegm and the errors.
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024),
      calendar.isleap(2023), calendar.leapdays(1900, 2024),
      calendar.leapdays(2024, 1900), calendar.leapdays(-400, 400))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1),
      calendar.weekday(10000, 1, 1), calendar.monthrange(2024, 2),
      calendar.monthrange(2023, 2), calendar.monthrange(1999, 12))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February,
      calendar.mdays, calendar.firstweekday())
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_abbr[-1],
      calendar.month_name[1:3], len(calendar.month_name), len(calendar.day_abbr))
for bad in [0, 13]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError', e, isinstance(e, ValueError), e.month)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print('IllegalWeekdayError', e)
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print('ValueError', e)
print(calendar.monthcalendar(2024, 2))
cal = calendar.Calendar(6)
print(cal.firstweekday, list(cal.iterweekdays()), cal.getfirstweekday())
print(list(cal.itermonthdays(2024, 3)))
print(list(cal.itermonthdays2(2024, 3))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2023, 12))[-3:])
print(list(cal.itermonthdates(2024, 2))[0], cal.monthdatescalendar(2021, 2)[0][0])
print(cal.monthdays2calendar(2024, 2)[-1], cal.yeardayscalendar(2024, 4)[2][3][0])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, 5)))
cal.firstweekday = 15
print(cal.firstweekday, list(cal.iterweekdays()))
t = calendar.TextCalendar()
print(t.formatmonth(2024, 2))
print(t.formatmonth(2024, 2, 4, 2))
print(calendar.month(1999, 12, 3))
print(calendar.TextCalendar(6).formatmonth(2023, 9))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)),
      repr(calendar.weekheader(1)))
print(repr(t.formatweekday(0, 12)), repr(t.formatmonthname(2024, 5, 20)),
      repr(t.formatmonthname(2024, 5, 10, False)), repr(t.formatday(5, 0, 4)),
      repr(calendar.week([(1, 0), (0, 1)], 3)))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.TextCalendar(3).formatyear(2021, m=2))
calendar.prmonth(2024, 7)
calendar.prcal(1970, m=6)
calendar.prweek([(1, 0), (2, 1)], 2)
print()
calendar.format(['a', 'b'], 5, 2)
print(repr(calendar.formatstring(['x', 'y', 'z'])))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
print(calendar.month(2024, 9))
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 3, 1, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)))
