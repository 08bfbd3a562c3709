# datetime's types and errors read as CPython's C module's: 'datetime.date' in messages about
# their instances, and the C version's wording of range errors.
import datetime

def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

attempt(lambda: datetime.date(2023, 2, 29))
attempt(lambda: datetime.date(2024, 2, 29))
attempt(lambda: datetime.date(2023, 4, 31))
attempt(lambda: datetime.date(2023, 0, 1))
attempt(lambda: datetime.date(2023, 13, 1))
attempt(lambda: datetime.date(0, 1, 1))
attempt(lambda: datetime.date(10000, 1, 1))
attempt(lambda: datetime.date(2023, 1, 0))
attempt(lambda: datetime.datetime(2023, 1, 1, 24))
attempt(lambda: datetime.datetime(2023, 1, 1, 23, 60))
attempt(lambda: datetime.datetime(2023, 1, 1, 23, 59, 60))
attempt(lambda: datetime.datetime(2023, 1, 1, 23, 59, 59, 1000000))
attempt(lambda: datetime.time(12, 0, fold=2))
attempt(lambda: datetime.time(-1))
attempt(lambda: datetime.datetime(2023, 1, 1, tzinfo='UTC'))
attempt(lambda: datetime.time(1, tzinfo=5))
attempt(lambda: datetime.timezone(datetime.timedelta(hours=24)))
attempt(lambda: datetime.timezone(datetime.timedelta(hours=-30), 'far'))
attempt(lambda: datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST'))
attempt(lambda: datetime.date(2023, 1, 1) + 1)
attempt(lambda: 1 - datetime.date(2023, 1, 1))
attempt(lambda: datetime.date(2023, 1, 1) < 3)
attempt(lambda: datetime.datetime(2023, 1, 1) - datetime.date(2023, 1, 1))
attempt(lambda: datetime.timedelta(1) * 'x')
attempt(lambda: datetime.time(1) + datetime.timedelta(1))
attempt(lambda: len(datetime.date(2023, 1, 1)))
attempt(lambda: datetime.date(2023, 1, 1)[0])
attempt(lambda: datetime.date(2023, 1, 1).isocalendar())
attempt(lambda: datetime.date(2023, 1, 1).isocalendar().week)
attempt(lambda: datetime.date(2023, 5, 17).replace(day=31))
attempt(lambda: datetime.datetime(2023, 5, 17, 10).replace(hour=99))
attempt(lambda: datetime.date.fromisoformat('2023-02-30'))
attempt(lambda: datetime.date.fromordinal(0))
print(datetime.date.__module__, datetime.datetime.__name__, datetime.timedelta.__qualname__)
print(datetime.date(2023, 3, 4), datetime.datetime(2023, 3, 4, 5, 6, 7), datetime.timedelta(days=2, hours=3))
