import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t[0], t.tm_wday, t.tm_yday, len(t), type(t).__name__, t.tm_zone)
print(time.gmtime(1700000000.75))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%', time.gmtime(1700000000)))
print(time.strftime('%c | %x | %X', time.gmtime(86400 * 365)))
print(time.asctime(time.gmtime(1234567890)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime('%d/%m', (2020, 1, 5, 0, 0, 0, 6, 5, -1)))
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000, type(time.mktime(lt)).__name__)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
print(time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0)))
for bad in [lambda: time.gmtime(float('nan')), lambda: time.asctime((1, 2)),
            lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(3),
            lambda: time.struct_time((1, 2, 3))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
import logging
logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s')
logging.getLogger('demo').warning('careful %d', 3)
print(time.strptime('2024-02-29 13:05:09', '%Y-%m-%d %H:%M:%S')[:6])
print(time.strptime('30 Nov 2026', '%d %b %Y').tm_yday)
try:
    time.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError:', e)
