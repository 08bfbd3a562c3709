package org.pyston.builtins.module;

import java.lang.management.ManagementFactory;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code time} module's clocks and {@code sleep}: wall clock from {@link java.time.Instant}
 * (nanosecond resolution where the OS gives it), monotonic and performance counters from
 * {@link System#nanoTime()}, process and thread CPU time from the JVM's management beans; the
 * calendar functions (and strptime, by CPython's pure-Python _strptime) are in {@link TimeCalendar}.
 * {@code get_clock_info} names the Java clock behind each. Not yet here: tzset.
 */
public final class TimeModule {
    private TimeModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time");
        DeclarationScanner.scanModule(TimeModule.class, "time", m.getDict());
        TimeCalendar.install(m.getDict());
        return m;
    }

    private static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @PyMethod
    public static Object time() {
        return new PyFloat(wallNanos() / 1e9);
    }

    @PyMethod(name = "time_ns")
    public static Object timeNs() {
        return PyInt.valueOf(wallNanos());
    }

    @PyMethod
    public static Object monotonic() {
        return new PyFloat(System.nanoTime() / 1e9);
    }

    @PyMethod(name = "monotonic_ns")
    public static Object monotonicNs() {
        return PyInt.valueOf(System.nanoTime());
    }

    @PyMethod(name = "perf_counter")
    public static Object perfCounter() {
        return new PyFloat(System.nanoTime() / 1e9);
    }

    @PyMethod(name = "perf_counter_ns")
    public static Object perfCounterNs() {
        return PyInt.valueOf(System.nanoTime());
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    @PyMethod(name = "process_time")
    public static Object processTime() {
        return new PyFloat(processCpuNanos() / 1e9);
    }

    @PyMethod(name = "process_time_ns")
    public static Object processTimeNs() {
        return PyInt.valueOf(processCpuNanos());
    }

    @PyMethod(name = "thread_time")
    public static Object threadTime() {
        return new PyFloat(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
    }

    @PyMethod(name = "thread_time_ns")
    public static Object threadTimeNs() {
        return PyInt.valueOf(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
    }

    /**
     * {@code get_clock_info(name)}: which Java clock backs each of the module's clocks. The
     * resolution is the unit the clock reports in, as CPython reports clock_getres().
     */
    @PyMethod(name = "get_clock_info")
    public static Object getClockInfo(Object name) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("get_clock_info() argument 1 must be str, not "
                    + org.pyston.builtins.ops.TypeOps.typeOf(name).getName());
        }
        return switch (s.value()) {
            case "time" -> clockInfo("java.time.Instant.now()", false, true);
            case "monotonic", "perf_counter" -> clockInfo("System.nanoTime()", true, false);
            case "process_time" -> clockInfo("OperatingSystemMXBean.getProcessCpuTime()", true, false);
            case "thread_time" -> clockInfo("ThreadMXBean.getCurrentThreadCpuTime()", true, false);
            default -> throw PyExceptions.valueError("unknown clock");
        };
    }

    private static Object clockInfo(String implementation, boolean monotonic, boolean adjustable) {
        return SimpleNamespace.of("implementation", PyStr.of(implementation),
                "monotonic", PyBool.of(monotonic), "adjustable", PyBool.of(adjustable),
                "resolution", new PyFloat(1e-09));
    }

    @PyMethod
    public static Object sleep(Object secs) {
        // CPython's _PyTime_FromSecondsObject: a float, else anything with __index__
        double s = secs instanceof PyFloat f ? f.value
                : org.pyston.builtins.number.IntMath.toDouble(org.pyston.builtins.ops.UnaryOps.index(secs));
        if (Double.isNaN(s)) throw PyExceptions.valueError("Invalid value NaN (not a number)");
        if (s < 0) throw PyExceptions.valueError("sleep length must be non-negative");
        long nanos = (long) (s * 1e9);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyExceptions.create(PyExceptions.KEYBOARD_INTERRUPT);
        }
        return PyNone.NONE;
    }
}
