package org.pyston.builtins.module;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.FloatMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/**
 * The calendar half of {@code time}: {@code struct_time}, {@code gmtime}, {@code localtime},
 * {@code mktime}, {@code asctime}, {@code ctime}, {@code strftime} (the C locale's names, as CPython
 * in the default "C" locale) and the time-zone constants, over {@code java.time} with the JVM's
 * default zone as the local one.
 */
public final class TimeCalendar {
    private TimeCalendar() {}

    static final org.pyston.builtins.object.PyType STRUCT_TIME = StructSequence.define("time", "struct_time",
            "time.struct_time", new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                    "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9);

    /** Adds the calendar functions and constants to {@code time}'s dict. */
    static void install(PyDict d) {
        DeclarationScanner.scanModule(TimeCalendar.class, "time", d);
        d.putStr("struct_time", STRUCT_TIME);
        d.putStr("_STRUCT_TM_ITEMS", PyInt.valueOf(11));
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDateTime.now().getYear();
        ZonedDateTime jan = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = ZonedDateTime.of(year, 7, 1, 0, 0, 0, 0, zone);
        int janOff = jan.getOffset().getTotalSeconds();
        int julOff = jul.getOffset().getTotalSeconds();
        // CPython: timezone is the standard (winter) offset west of UTC, altzone the summer one
        int std = Math.min(janOff, julOff);
        int dst = Math.max(janOff, julOff);
        d.putStr("timezone", PyInt.valueOf(-std));
        d.putStr("altzone", PyInt.valueOf(-dst));
        d.putStr("daylight", PyInt.valueOf(janOff != julOff ? 1 : 0));
        String stdName = zoneAbbrev(janOff <= julOff ? jan : jul);
        String dstName = zoneAbbrev(janOff <= julOff ? jul : jan);
        d.putStr("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(dstName)));
    }

    private static String zoneAbbrev(ZonedDateTime t) {
        String s = t.format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT));
        return s.equals("Z") ? "UTC" : s;
    }

    private static double seconds(Object secs) {
        if (secs == null || secs == PyNone.NONE) {
            Instant now = Instant.now();
            return now.getEpochSecond() + now.getNano() / 1e9;
        }
        if (secs instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyExceptions.valueError("Invalid value NaN (not a number)");
            }
            return f.value;
        }
        return FloatMath.toDouble(UnaryOps.index(secs));
    }

    private static Object struct(ZonedDateTime t) {
        boolean isDst = t.getZone().getRules().isDaylightSavings(t.toInstant());
        // gmtime's zone is "GMT", as C's gmtime_r reports it
        String zone = t.getZone() == ZoneOffset.UTC ? "GMT" : zoneAbbrev(t);
        return StructSequence.make(STRUCT_TIME, PyInt.valueOf(t.getYear()), PyInt.valueOf(t.getMonthValue()),
                PyInt.valueOf(t.getDayOfMonth()), PyInt.valueOf(t.getHour()), PyInt.valueOf(t.getMinute()),
                PyInt.valueOf(t.getSecond()), PyInt.valueOf(t.getDayOfWeek().getValue() - 1),
                PyInt.valueOf(t.getDayOfYear()), PyInt.valueOf(isDst ? 1 : 0), PyStr.of(zone),
                PyInt.valueOf(t.getOffset().getTotalSeconds()));
    }

    private static ZonedDateTime at(Object secs, ZoneId zone) {
        double s = seconds(secs);
        long whole = (long) Math.floor(s);
        if (Math.abs(s) > 1e17) {
            throw PyExceptions.overflowError("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond(whole).atZone(zone);
    }

    @PyMethod(required = 0)
    public static Object gmtime(Object secs) {
        return struct(at(secs, ZoneOffset.UTC));
    }

    @PyMethod(required = 0)
    public static Object localtime(Object secs) {
        return struct(at(secs, ZoneId.systemDefault()));
    }

    /** The nine fields of a struct_time or a 9-sequence, as ints. */
    private static long[] fields(Object t, String fn) {
        Object v = PyInstance.unwrap(t);
        if (!(v instanceof PyTuple)) {
            throw PyExceptions.typeError("Tuple or struct_time argument required");
        }
        Object[] items = IterOps.toArray(v);
        if (items.length != 9) {
            throw PyExceptions.typeError("%s(): illegal time tuple argument", fn);
        }
        long[] f = new long[9];
        for (int i = 0; i < 9; i++) {
            if (items[i] instanceof PyFloat) {
                throw PyExceptions.typeError("'float' object cannot be interpreted as an integer");
            }
            f[i] = UnaryOps.indexAsLong(items[i]);
        }
        return f;
    }

    private static LocalDateTime local(long[] f) {
        // like C's mktime: out-of-range fields roll over into the next unit
        return LocalDateTime.of((int) f[0], 1, 1, 0, 0, 0).plusMonths(f[1] - 1).plusDays(f[2] - 1)
                .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
    }

    @PyMethod
    public static Object mktime(Object t) {
        long[] f = fields(t, "mktime");
        ZonedDateTime z = local(f).atZone(ZoneId.systemDefault());
        return new PyFloat(z.toEpochSecond());
    }

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static final String[] FULL_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] FULL_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static String asc(long[] f) {
        int wday = (int) Math.floorMod(f[6], 7);
        int mon = (int) Math.max(0, Math.min(11, f[1] - 1));
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[wday], MONTHS[mon], f[2], f[3], f[4], f[5], f[0]);
    }

    @PyMethod(required = 0)
    public static Object asctime(Object t) {
        Object v = t == null ? localtime(null) : t;
        return PyStr.of(asc(fields(v, "asctime")));
    }

    @PyMethod(required = 0)
    public static Object ctime(Object secs) {
        return PyStr.of(asc(fields(localtime(secs), "ctime")));
    }

    /** {@code strptime(string, format)}: CPython's own pure-Python {@code _strptime}, as its C module does. */
    @PyMethod(required = 1)
    public static Object strptime(Object string, Object format) {
        org.pyston.builtins.runtime.Interpreter interp = org.pyston.builtins.runtime.Interpreter.current();
        Object mod = org.pyston.builtins.ops.CallOps.call(interp.getBuiltinsDict().getStr("__import__"),
                new Object[] {PyStr.of("_strptime")}, null);
        Object fn = org.pyston.builtins.ops.AttributeOps.getAttr(mod, "_strptime_time");
        return org.pyston.builtins.ops.CallOps.call(fn,
                format == null ? new Object[] {string} : new Object[] {string, format}, null);
    }

    /** {@code strftime(format[, t])} with the C locale's directives. */
    @PyMethod(required = 1)
    public static Object strftime(Object format, Object t) {
        if (!(format instanceof PyStr fmt)) {
            throw PyExceptions.typeError("strftime() argument 1 must be str, not %s", TypeOps.typeName(format));
        }
        Object tv = t == null ? localtime(null) : t;
        long[] f = fields(tv, "strftime");
        if (f[1] < 0 || f[1] > 12) {
            throw PyExceptions.valueError("month out of range");
        }
        if (f[2] < 0 || f[2] > 31) {
            throw PyExceptions.valueError("day of month out of range");
        }
        if (f[3] < 0 || f[3] > 23) {
            throw PyExceptions.valueError("hour out of range");
        }
        if (f[4] < 0 || f[4] > 59) {
            throw PyExceptions.valueError("minute out of range");
        }
        if (f[5] < 0 || f[5] > 61) {
            throw PyExceptions.valueError("seconds out of range");
        }
        if (f[7] < 0 || f[7] > 366) {
            throw PyExceptions.valueError("day of year out of range");
        }
        Object zoneObj = tv instanceof PyInstance i ? i.getAttribute("tm_zone") : null;
        Object offObj = tv instanceof PyInstance i2 ? i2.getAttribute("tm_gmtoff") : null;
        String zone = zoneObj instanceof PyStr z ? z.value() : zoneAbbrev(ZonedDateTime.now());
        long gmtoff = offObj != null && offObj != PyNone.NONE ? UnaryOps.indexAsLong(offObj)
                : ZonedDateTime.now().getOffset().getTotalSeconds();
        long month = Math.max(1, f[1]);
        long mday = Math.max(1, f[2]);
        int wday = (int) Math.floorMod(f[6], 7); // Monday = 0
        int yday = (int) Math.max(1, f[7]);      // 1-based
        String s = fmt.value();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char d = s.charAt(++i);
            switch (d) {
                case 'a' -> out.append(DAYS[wday]);
                case 'A' -> out.append(FULL_DAYS[wday]);
                case 'b', 'h' -> out.append(MONTHS[(int) month - 1]);
                case 'B' -> out.append(FULL_MONTHS[(int) month - 1]);
                case 'c' -> out.append(asc(new long[] {f[0], month, mday, f[3], f[4], f[5], f[6], yday, f[8]}));
                case 'd' -> out.append(String.format("%02d", mday));
                case 'e' -> out.append(String.format("%2d", mday));
                case 'H' -> out.append(String.format("%02d", f[3]));
                case 'I' -> out.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12));
                case 'j' -> out.append(String.format("%03d", yday));
                case 'm' -> out.append(String.format("%02d", month));
                case 'M' -> out.append(String.format("%02d", f[4]));
                case 'p' -> out.append(f[3] < 12 ? "AM" : "PM");
                case 'S' -> out.append(String.format("%02d", f[5]));
                case 'U' -> out.append(String.format("%02d", (yday - 1 + 7 - ((wday + 1) % 7)) / 7));
                case 'w' -> out.append((wday + 1) % 7);
                case 'u' -> out.append(wday + 1);
                case 'W' -> out.append(String.format("%02d", (yday - 1 + 7 - wday) / 7));
                case 'x' -> out.append(String.format("%02d/%02d/%02d", month, mday, Math.floorMod(f[0], 100)));
                case 'X', 'T' -> out.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5]));
                case 'D' -> out.append(String.format("%02d/%02d/%02d", month, mday, Math.floorMod(f[0], 100)));
                case 'F' -> out.append(String.format("%d-%02d-%02d", f[0], month, mday));
                case 'R' -> out.append(String.format("%02d:%02d", f[3], f[4]));
                case 'y' -> out.append(String.format("%02d", Math.floorMod(f[0], 100)));
                case 'Y' -> out.append(f[0]);
                case 'C' -> out.append(String.format("%02d", Math.floorDiv(f[0], 100)));
                case 'Z' -> out.append(zone);
                case 'z' -> {
                    long a = Math.abs(gmtoff);
                    out.append(gmtoff < 0 ? '-' : '+').append(String.format("%02d%02d", a / 3600, a / 60 % 60));
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case '%' -> out.append('%');
                default -> out.append('%').append(d);
            }
        }
        return PyStr.of(out.toString());
    }
}
