# calendar: text calendars, month/year queries, leap years, weekday, iteration helpers, errors
import calendar
print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name)[1:4], list(calendar.month_abbr)[-2:], calendar.MONDAY, calendar.SUNDAY)
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.firstweekday())
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), [d.isoformat() for d in list(c.itermonthdates(2024, 2))[:3]], list(c.itermonthdays(2024, 2))[:8])
print(list(c.itermonthdays2(2024, 2))[:3], list(c.itermonthdays3(2024, 2))[:2], c.monthdays2calendar(2024, 2)[0], len(c.yeardatescalendar(2024)))
tc = calendar.TextCalendar(calendar.SUNDAY); print(tc.formatmonth(2021, 5, w=3)); print(tc.formatweekheader(2))
hc = calendar.HTMLCalendar(); html = hc.formatmonth(2024, 1); print(html[:200]); print(len(html), hc.formatweekday(0))
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.firstweekday(), calendar.weekheader(3)); calendar.setfirstweekday(0)
for call in (lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 2, 30), lambda: calendar.setfirstweekday(9), lambda: calendar.month(2024, 0)):
    try:
        print(call())
    except (calendar.IllegalMonthError, calendar.IllegalWeekdayError, ValueError) as e:
        # a bad date's message comes from datetime, whose C and Python versions word it differently
        print(type(e).__name__, e if isinstance(e, (calendar.IllegalMonthError, calendar.IllegalWeekdayError)) else '')
print(issubclass(calendar.IllegalMonthError, ValueError))
