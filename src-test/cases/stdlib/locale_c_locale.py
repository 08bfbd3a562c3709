# _locale in the C locale: setlocale to C/POSIX/C.UTF-8 and queries (composite LC_ALL),
# localeconv, nl_langinfo items, strcoll/strxfrm, getencoding, and locale.Error.
import _locale

print(_locale.setlocale(_locale.LC_ALL, 'C'), _locale.setlocale(_locale.LC_ALL), _locale.setlocale(_locale.LC_CTYPE))
print(_locale.setlocale(_locale.LC_NUMERIC, 'POSIX'), _locale.setlocale(_locale.LC_CTYPE, 'C.UTF-8'))
print(_locale.setlocale(_locale.LC_ALL))
print(_locale.nl_langinfo(_locale.CODESET), _locale.getencoding())
_locale.setlocale(_locale.LC_ALL, 'C')
print(_locale.nl_langinfo(_locale.CODESET))
print(sorted(_locale.localeconv().items()))
for item in ['RADIXCHAR', 'THOUSEP', 'CRNCYSTR', 'YESEXPR', 'NOEXPR', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM',
             'AM_STR', 'PM_STR', 'ERA', 'ALT_DIGITS', 'DAY_1', 'DAY_7', 'ABDAY_2', 'MON_1', 'MON_12', 'ABMON_5']:
    print(item, repr(_locale.nl_langinfo(getattr(_locale, item))))
print(_locale.strcoll('a', 'b'), _locale.strcoll('b', 'a'), _locale.strcoll('x', 'x'), _locale.strcoll('B', 'a'), _locale.strxfrm('abc'))
print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_TIME, _locale.LC_COLLATE, _locale.LC_MONETARY, _locale.LC_MESSAGES, _locale.LC_ALL, _locale.CHAR_MAX)
for args in [(_locale.LC_ALL, 'xx_YY'), (99,), (99, 'C')]:
    try:
        _locale.setlocale(*args)
    except _locale.Error as e:
        print(type(e).__module__, type(e).__name__, e)
print(_locale.Error.__mro__)
