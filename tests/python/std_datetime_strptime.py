# datetime.strptime: the common directives (numbers, names in any case,
# 12-hour clock, fractions, %z offsets, %j, %U/%W weeks, ISO %G/%V/%u,
# the C locale's %c/%x/%X), whitespace, and each error message.
from datetime import datetime


def show(*args):
    try:
        d = datetime.strptime(*args)
        return '%s %r %s' % (d, d.tzinfo, d.weekday())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


cases = [
    ('2023-07-14', '%Y-%m-%d'),
    ('2023-7-4 9:05:01', '%Y-%m-%d %H:%M:%S'),
    ('14/07/23 11:59 PM', '%d/%m/%y %I:%M %p'),
    ('12:30 am', '%I:%M %p'),
    ('12:30 pm', '%I:%M %p'),
    ('1 jan 70', '%d %b %y'),
    ('68', '%y'),
    ('Friday, 14 JULY 2023', '%A, %d %B %Y'),
    ('Fri Jul 14 10:20:30 2023', '%c'),
    ('07/14/23', '%x'),
    ('10:20:30', '%X'),
    ('2023-07-14T10:20:30.5', '%Y-%m-%dT%H:%M:%S.%f'),
    ('2023-07-14T10:20:30.123456Z', '%Y-%m-%dT%H:%M:%S.%f%z'),
    ('2023-07-14 10:20 +0530', '%Y-%m-%d %H:%M %z'),
    ('2023-07-14 10:20 -07:30:15.5', '%Y-%m-%d %H:%M %z'),
    ('2023-07-14 10:20 +0730:15', '%Y-%m-%d %H:%M %z'),
    ('2023-07-14 UTC', '%Y-%m-%d %Z'),
    ('2023-07-14 10:20 +0000 UTC', '%Y-%m-%d %H:%M %z %Z'),
    ('2023 195', '%Y %j'),
    ('2024 1 3', '%Y %W %w'),
    ('2024 0 0', '%Y %U %w'),
    ('2023 52 7', '%G %V %u'),
    ('2021 1 1', '%G %V %u'),
    ('2023   07\t14', '%Y %m %d'),
    ('[2023] (7)', '[%Y] (%m)'),
    ('100%', '%d%%'),
    ('29 Feb', '%d %b'),
    ('29 Feb 2024', '%d %b %Y'),
    ('31 Apr 2024', '%d %b %Y'),
    ('2023-13-01', '%Y-%m-%d'),
    ('x', '%Q'),
    ('x', '%'),
    ('2023-01-01 x', '%Y-%m-%d'),
    ('2023 5', '%G %j'),
    ('2023 5', '%V %Y'),
    ('2023 5 1', '%Y %V %u'),
    ('2023 5', '%G %V'),
    (5, '%Y'),
    ('5', 5),
]
for case in cases:
    print(case, show(*case))
print(type(datetime.strptime('2020', '%Y')).__name__)
