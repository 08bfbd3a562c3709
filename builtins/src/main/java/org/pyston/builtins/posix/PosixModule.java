package org.pyston.builtins.posix;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code posix} module, on which {@code os} is built. Its functions live by family:
 * {@link FdFunctions} (descriptors), {@link StatFunctions} (status and metadata),
 * {@link DirFunctions} (directories and names), {@link ProcessFunctions} (ids, kill, waitpid),
 * {@link SystemFunctions} (uname, sysconf, environment, terminal); the process-like state the JVM
 * cannot change for itself (working directory, environment, umask, descriptor table, children)
 * is per interpreter ({@link PosixState}, {@link FileDescriptors}, {@link Children}).
 *
 * <p>{@code _have_functions} lists only what really works, so {@code os.supports_fd} and
 * {@code os.supports_follow_symlinks} are honest and {@code os.supports_dir_fd} is empty
 * ({@code dir_fd} needs openat(2), which the JVM does not offer).
 */
public final class PosixModule {
    private PosixModule() {}

    private static final Object[][] CONSTANTS = {
        {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
        {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2}, {"O_ACCMODE", 3}, {"O_CREAT", 0100}, {"O_EXCL", 0200},
        {"O_NOCTTY", 0400}, {"O_TRUNC", 01000}, {"O_APPEND", 02000}, {"O_NONBLOCK", 04000}, {"O_NDELAY", 04000},
        {"O_DSYNC", 010000}, {"O_ASYNC", 020000}, {"O_DIRECT", 040000}, {"O_LARGEFILE", 0},
        {"O_DIRECTORY", 0200000}, {"O_NOFOLLOW", 0400000}, {"O_NOATIME", 01000000}, {"O_CLOEXEC", 02000000},
        {"O_SYNC", 04010000}, {"O_RSYNC", 04010000}, {"O_FSYNC", 04010000},
        {"WNOHANG", 1}, {"WUNTRACED", 2}, {"WSTOPPED", 2}, {"WEXITED", 4}, {"WCONTINUED", 8},
        {"WNOWAIT", 0x1000000},
        {"CLD_EXITED", 1}, {"CLD_KILLED", 2}, {"CLD_DUMPED", 3}, {"CLD_TRAPPED", 4}, {"CLD_STOPPED", 5},
        {"CLD_CONTINUED", 6},
        {"P_PID", 1}, {"P_PGID", 2}, {"P_ALL", 0},
        {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_NOUSER", 67},
        {"EX_NOHOST", 68}, {"EX_UNAVAILABLE", 69}, {"EX_SOFTWARE", 70}, {"EX_OSERR", 71}, {"EX_OSFILE", 72},
        {"EX_CANTCREAT", 73}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_PROTOCOL", 76}, {"EX_NOPERM", 77},
        {"EX_CONFIG", 78},
        {"NGROUPS_MAX", 65536}, {"TMP_MAX", 238328},
        {"PRIO_PROCESS", 0}, {"PRIO_PGRP", 1}, {"PRIO_USER", 2},
    };

    /** What works of CPython's HAVE_* list (see the class comment). */
    private static final String[] HAVE_FUNCTIONS = {
        "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHOWN", "HAVE_FDOPENDIR", "HAVE_FTRUNCATE", "HAVE_FUTIMES",
        "HAVE_LSTAT", "HAVE_LUTIMES", "HAVE_FSTATVFS",
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("posix");
        PyDict d = m.getDict();
        for (Class<?> c : new Class<?>[] {FdFunctions.class, StatFunctions.class, DirFunctions.class,
            ProcessFunctions.class, SystemFunctions.class, StatvfsFunctions.class}) {
            DeclarationScanner.scanModule(c, "posix", d);
        }
        for (Object[] c : CONSTANTS) {
            d.putStr((String) c[0], PyInt.valueOf((Integer) c[1]));
        }
        PyList have = new PyList();
        for (String h : HAVE_FUNCTIONS) {
            have.append(PyStr.of(h));
        }
        d.putStr("_have_functions", have);
        d.putStr("error", PyExceptions.OS_ERROR);
        d.putStr("environ", SystemFunctions.environ(PosixState.of(interp)));
        d.putStr("stat_result", StatFunctions.STAT_RESULT);
        d.putStr("statvfs_result", StatvfsFunctions.STATVFS_RESULT);
        d.putStr("times_result", ProcessFunctions.TIMES_RESULT);
        d.putStr("uname_result", SystemFunctions.UNAME_RESULT);
        d.putStr("terminal_size", SystemFunctions.TERMINAL_SIZE);
        d.putStr("DirEntry", DirEntry.TYPE);
        d.putStr("sysconf_names", SystemFunctions.names(SystemFunctions.SYSCONF));
        d.putStr("confstr_names", SystemFunctions.names(SystemFunctions.CONFSTR));
        return m;
    }
}
