package org.pyston.cext.resource;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.cext.libc.CArgs;
import org.pyston.cext.libc.Native;

/**
 * The {@code resource} module: getrusage, getrlimit, setrlimit, prlimit and getpagesize over the
 * C library, with CPython's results (struct_rusage, (soft, hard) tuples with RLIM_INFINITY as -1)
 * and errors (ValueError for an unknown resource or who, and for the EINVAL/EPERM of setrlimit).
 * Limits and usage are the JVM process's: the Python program is that process.
 */
public final class ResourceModule {
    private ResourceModule() {}

    /** Linux's RLIM_NLIMITS: resources are 0 .. RLIM_NLIMITS - 1. */
    private static final int RLIM_NLIMITS = 16;
    private static final int EINVAL = 22;
    private static final int EPERM = 1;

    /** {@code resource.struct_rusage}: the 16 fields of getrusage(2), times as float seconds. */
    static final PyType STRUCT_RUSAGE = StructSequence.define("resource", "struct_rusage", "resource.struct_rusage",
            new String[] {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
                "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
                "ru_nvcsw", "ru_nivcsw"}, 16);

    /** Linux's values (x86-64 and arm64 agree). */
    private static final String CONSTANTS =
            "RLIMIT_AS=9 RLIMIT_CORE=4 RLIMIT_CPU=0 RLIMIT_DATA=2 RLIMIT_FSIZE=1 RLIMIT_MEMLOCK=8 "
            + "RLIMIT_MSGQUEUE=12 RLIMIT_NICE=13 RLIMIT_NOFILE=7 RLIMIT_NPROC=6 RLIMIT_OFILE=7 RLIMIT_RSS=5 "
            + "RLIMIT_RTPRIO=14 RLIMIT_RTTIME=15 RLIMIT_SIGPENDING=11 RLIMIT_STACK=3 RLIM_INFINITY=-1 "
            + "RUSAGE_CHILDREN=-1 RUSAGE_SELF=0 RUSAGE_THREAD=1";

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("resource");
        DeclarationScanner.scanModule(ResourceModule.class, "resource", m.getDict());
        CArgs.putConstants(m, CONSTANTS);
        m.getDict().putStr("error", PyExceptions.OS_ERROR);
        m.getDict().putStr("struct_rusage", STRUCT_RUSAGE);
        return m;
    }

    @PyMethod
    public static Object getrusage(Object who) {
        int w = CArgs.cInt(who);
        long[] ru = new long[18]; // struct rusage: two struct timeval, then 14 longs
        if (Native.libc().getrusage(w, ru) == -1) {
            if (Native.errno() == EINVAL) {
                throw PyExceptions.valueError("invalid who parameter");
            }
            throw Native.osError();
        }
        Object[] v = new Object[16];
        v[0] = new PyFloat(ru[0] + ru[1] * 0.000001);
        v[1] = new PyFloat(ru[2] + ru[3] * 0.000001);
        for (int i = 2; i < 16; i++) {
            v[i] = PyInt.valueOf(ru[i + 2]);
        }
        return StructSequence.make(STRUCT_RUSAGE, v);
    }

    @PyMethod
    public static Object getrlimit(Object resource) {
        int r = checkResource(resource);
        long[] lim = new long[2];
        if (Native.libc().getrlimit(r, lim) == -1) {
            throw Native.osError();
        }
        return limits(lim);
    }

    @PyMethod
    public static Object setrlimit(Object resource, Object limits) {
        int r = checkResource(resource);
        long[] lim = toRlimit(limits);
        if (Native.libc().setrlimit(r, lim) == -1) {
            throw setError();
        }
        return PyNone.NONE;
    }

    @PyMethod(required = 2)
    public static Object prlimit(Object pid, Object resource, Object limits) {
        int p = CArgs.cInt(pid);
        int r = checkResource(resource);
        long[] newLim = limits == null || limits == PyNone.NONE ? null : toRlimit(limits);
        long[] old = new long[2];
        if (Native.libc().prlimit(p, r, newLim, old) == -1) {
            if (Native.errno() == EINVAL) {
                throw PyExceptions.valueError("current limit exceeds maximum limit");
            }
            throw Native.osError();
        }
        return limits(old);
    }

    @PyMethod
    public static Object getpagesize() {
        return PyInt.valueOf(Native.libc().getpagesize());
    }

    private static int checkResource(Object resource) {
        int r = CArgs.cInt(resource);
        if (r < 0 || r >= RLIM_NLIMITS) {
            throw PyExceptions.valueError("invalid resource specified");
        }
        return r;
    }

    /** A (soft, hard) pair as CPython's py2rlimit takes it: any iterable of exactly two integers. */
    private static long[] toRlimit(Object limits) {
        Object[] items = IterOps.toArray(limits);
        if (items.length != 2) {
            throw PyExceptions.valueError("expected a tuple of 2 integers");
        }
        return new long[] {CArgs.cLong(items[0]), CArgs.cLong(items[1])};
    }

    private static Object limits(long[] lim) {
        return PyTuple.of(PyInt.valueOf(lim[0]), PyInt.valueOf(lim[1]));
    }

    private static RuntimeException setError() {
        int e = Native.errno();
        if (e == EINVAL) {
            return PyExceptions.valueError("current limit exceeds maximum limit");
        }
        if (e == EPERM) {
            return PyExceptions.valueError("not allowed to raise maximum limit");
        }
        return Native.osError();
    }
}
