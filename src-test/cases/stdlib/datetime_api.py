# datetime (the _pydatetime implementation): date/time/datetime/timedelta/timezone arithmetic, formatting, parsing, errors
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.replace(day=1), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.isocalendar().week, d.toordinal())
print(d.strftime('%A %d %B %Y, day %j, week %U %W %a %b %m/%y'), d.isoformat(), date.fromisoformat('2020-01-31'), date.fromordinal(738000), date(2000, 1, 1).ctime())
print(date.fromisocalendar(2024, 1, 1), d.timetuple()[:6], d < date(2025, 1, 1), max(d, date(2024, 3, 1)), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)))
t = time(13, 5, 9, 1500)
print(t, repr(t), t.isoformat(timespec='milliseconds'), t.strftime('%I:%M %p'), t.replace(hour=1), time.fromisoformat('04:23:01.000384'), time(), time(1) < time(2))
dt = datetime(2024, 12, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat(sep=' ', timespec='seconds'), dt.strftime('%Y-%m-%dT%H:%M:%S.%f'))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.strptime('2023-07-04 12:30', '%Y-%m-%d %H:%M'), datetime.combine(d, t), datetime.fromordinal(730000))
print(datetime(2020, 1, 1) - datetime(2019, 1, 1), datetime(2020, 3, 1) - timedelta(days=1), dt.replace(year=2000, microsecond=0), dt.timetuple().tm_yday)
td = timedelta(days=1, hours=25, minutes=-30, seconds=3661.5, milliseconds=2)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=5))
print(timedelta(0), timedelta(microseconds=-1), timedelta(weeks=2) == timedelta(days=14), timedelta(hours=1) / timedelta(minutes=7), timedelta.max, timedelta.min, timedelta.resolution, str(timedelta(days=-3, hours=4)))
utc = timezone.utc; est = timezone(timedelta(hours=-5), 'EST'); ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(a, a.astimezone(est), a.astimezone(ist), a.tzname(), a.utcoffset(), est, ist, repr(est), a.timestamp(), datetime.fromtimestamp(0, utc))
print(a == a.astimezone(est), a.astimezone(est).isoformat(), datetime(2024, 1, 1, tzinfo=ist).strftime('%z %Z'), datetime.fromtimestamp(86400.5, tz=utc))
print(datetime.utcfromtimestamp(1e9), datetime(1970, 1, 1, tzinfo=utc) + timedelta(seconds=1e9), date.min, date.max, datetime.min, MINYEAR, MAXYEAR)
class GMT1(dtmod.tzinfo):
    def utcoffset(self, dt): return timedelta(hours=1)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'GMT+1'
g = datetime(2006, 11, 21, 16, 30, tzinfo=GMT1()); print(g, g.utcoffset(), g.tzname(), g.astimezone(utc), g.dst())
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), {date(2020, 1, 1): 'ny'}[date(2020, 1, 1)], date(2020, 1, 1) == datetime(2020, 1, 1))
for call in (lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: time(24), lambda: datetime(2020, 1, 1, 0, 60), lambda: date.fromisoformat('2020-1-1'),
             lambda: datetime.strptime('2020-01-xx', '%Y-%m-%d'), lambda: timedelta(days=10**9), lambda: date(2020, 1, 1) + 1, lambda: datetime(2020, 1, 1, tzinfo=utc) - datetime(2020, 1, 1),
             lambda: datetime(2020, 1, 1, tzinfo=utc) < datetime(2020, 1, 1), lambda: timezone(timedelta(hours=25)), lambda: date(10000, 1, 1), lambda: date.max + timedelta(days=1), lambda: date('2020')):
    try:
        print(call())
    except (ValueError, TypeError, OverflowError) as e:
        # the type only: CPython's C _datetime and the _pydatetime we run word messages differently
        print(type(e).__name__)
