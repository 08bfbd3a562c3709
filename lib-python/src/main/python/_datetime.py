"""Stand-in for CPython's C module _datetime (Pyston for the JVM).

We run CPython's pure-Python datetime. It imports _datetime last, after defining everything; this
module then gives the pure types what distinguishes the C ones from them in a program's output:
their names in messages ('datetime.date', as a C type's tp_name) and the C version's error
messages, which the pure checks word differently ("day is out of range for month" where the pure
code raises ValueError('day must be in 1..28', 30)). It ends by raising ImportError, so datetime
keeps its pure definitions, which the patched helpers belong to.
"""

import sys as _sys


def _patch(dt):
    MINYEAR, MAXYEAR = dt.MINYEAR, dt.MAXYEAR
    _index = dt._index
    _days_in_month = dt._days_in_month
    tzinfo = dt.tzinfo

    def _check_date_fields(year, month, day):
        year = _index(year)
        month = _index(month)
        day = _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"year {year} is out of range")
        if not 1 <= month <= 12:
            raise ValueError("month must be in 1..12")
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        return year, month, day

    def _check_time_fields(hour, minute, second, microsecond, fold):
        hour = _index(hour)
        minute = _index(minute)
        second = _index(second)
        microsecond = _index(microsecond)
        if not 0 <= hour <= 23:
            raise ValueError("hour must be in 0..23")
        if not 0 <= minute <= 59:
            raise ValueError("minute must be in 0..59")
        if not 0 <= second <= 59:
            raise ValueError("second must be in 0..59")
        if not 0 <= microsecond <= 999999:
            raise ValueError("microsecond must be in 0..999999")
        if fold not in (0, 1):
            raise ValueError("fold must be either 0 or 1")
        return hour, minute, second, microsecond, fold

    def _check_tzinfo_arg(tz):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            f"not type '{type(tz).__name__}'")

    def _isocalendar_repr(self):
        return (f'{self.__class__.__module__}.{self.__class__.__qualname__}'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')

    timezone_new = dt.timezone.__new__

    def _timezone_new(cls, offset, name=dt.timezone._Omitted):
        if (isinstance(offset, dt.timedelta)
                and not cls._minoffset <= offset <= cls._maxoffset):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             f"and timedelta(hours=24), not {offset!r}.")
        return timezone_new(cls, offset, name)

    parse_date = dt._parse_isoformat_date

    def _date_fromisoformat(cls, date_string):
        # the C version reports a well-formed string's invalid date with the constructor's message
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            fields = parse_date(date_string)
        except Exception:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    date_fromordinal = dt.date.fromordinal.__func__

    def _date_fromordinal(cls, n):
        if _index(n) < 1:
            raise ValueError("ordinal must be >= 1")
        return date_fromordinal(cls, n)

    ns = dt.__dict__
    ns["_check_date_fields"] = _check_date_fields
    ns["_check_time_fields"] = _check_time_fields
    ns["_check_tzinfo_arg"] = _check_tzinfo_arg
    dt._IsoCalendarDate.__repr__ = _isocalendar_repr
    dt.timezone.__new__ = staticmethod(_timezone_new)
    dt.date.fromisoformat = classmethod(_date_fromisoformat)
    dt.date.fromordinal = classmethod(_date_fromordinal)

    import _pyston
    for cls in (dt.date, dt.datetime, dt.time, dt.timedelta, dt.tzinfo, dt.timezone, dt._IsoCalendarDate):
        _pyston.static_type(cls)


_dt = _sys.modules.get("datetime")
if _dt is not None and "_check_date_fields" in getattr(_dt, "__dict__", ()) and not getattr(_dt, "_pyston_patched", False):
    _patch(_dt)
    _dt._pyston_patched = True
del _dt
raise ImportError("datetime runs its pure-Python types (patched by _datetime to read as the C ones)")
