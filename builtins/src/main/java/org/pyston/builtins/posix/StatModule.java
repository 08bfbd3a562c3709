package org.pyston.builtins.posix;

import java.math.BigInteger;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * {@code _stat}: the file-mode constants and tests of Linux's {@code <sys/stat.h>}, which
 * {@code stat} imports over its pure-Python definitions. {@code filemode} marks an unknown file type
 * with {@code '?'}, as CPython's C version does (the Python fallback says {@code '-'}).
 */
public final class StatModule {
    private StatModule() {}

    static final int S_IFMT = 0170000;
    static final int S_IFSOCK = 0140000;
    static final int S_IFLNK = 0120000;
    static final int S_IFREG = 0100000;
    static final int S_IFBLK = 0060000;
    static final int S_IFDIR = 0040000;
    static final int S_IFCHR = 0020000;
    static final int S_IFIFO = 0010000;
    static final int S_ISUID = 04000;
    static final int S_ISGID = 02000;
    static final int S_ISVTX = 01000;

    /** The integer constants (S_IFMT is a function here, as in CPython's _stat, not a constant). */
    private static final Object[][] CONSTANTS = {
        {"S_IFSOCK", S_IFSOCK}, {"S_IFLNK", S_IFLNK}, {"S_IFREG", S_IFREG}, {"S_IFBLK", S_IFBLK},
        {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR}, {"S_IFIFO", S_IFIFO},
        // Solaris doors, event ports and BSD whiteouts do not exist on Linux
        {"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
        {"S_ISUID", S_ISUID}, {"S_ISGID", S_ISGID}, {"S_ISVTX", S_ISVTX}, {"S_ENFMT", S_ISGID},
        {"S_IRWXU", 0700}, {"S_IRUSR", 0400}, {"S_IWUSR", 0200}, {"S_IXUSR", 0100},
        {"S_IRWXG", 070}, {"S_IRGRP", 040}, {"S_IWGRP", 020}, {"S_IXGRP", 010},
        {"S_IRWXO", 07}, {"S_IROTH", 04}, {"S_IWOTH", 02}, {"S_IXOTH", 01},
        {"S_IREAD", 0400}, {"S_IWRITE", 0200}, {"S_IEXEC", 0100},
        {"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4}, {"UF_OPAQUE", 0x8}, {"UF_NOUNLINK", 0x10},
        {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000},
        {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000},
        {"SF_SNAPSHOT", 0x200000},
        {"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4}, {"ST_GID", 5}, {"ST_SIZE", 6},
        {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_stat");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(StatModule.class, "_stat", d);
        for (Object[] c : CONSTANTS) {
            d.putStr((String) c[0], PyInt.valueOf((Integer) c[1]));
        }
        return m;
    }

    private static final BigInteger MAX_UNSIGNED_LONG = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** A mode as CPython's {@code _PyLong_AsMode_t}: an int (no __index__) that fits a 32-bit mode_t. */
    static int mode(Object o) {
        if (!TypeOps.typeOf(o).isSubtype(PyInt.TYPE)) {
            throw PyExceptions.typeError("an integer is required");
        }
        BigInteger v = IntMath.big(o);
        if (v.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative value to unsigned int");
        }
        if (v.compareTo(MAX_UNSIGNED_LONG) > 0) {
            throw PyExceptions.overflowError("Python int too large to convert to C unsigned long");
        }
        if (v.bitLength() > 32) {
            throw PyExceptions.overflowError("mode out of range");
        }
        return (int) v.longValue();
    }

    private static Object isType(Object mode, int type) {
        return PyBool.of((mode(mode) & S_IFMT) == type);
    }

    @PyMethod(name = "S_ISDIR")
    public static Object isDir(Object mode) {
        return isType(mode, S_IFDIR);
    }

    @PyMethod(name = "S_ISCHR")
    public static Object isChr(Object mode) {
        return isType(mode, S_IFCHR);
    }

    @PyMethod(name = "S_ISBLK")
    public static Object isBlk(Object mode) {
        return isType(mode, S_IFBLK);
    }

    @PyMethod(name = "S_ISREG")
    public static Object isReg(Object mode) {
        return isType(mode, S_IFREG);
    }

    @PyMethod(name = "S_ISFIFO")
    public static Object isFifo(Object mode) {
        return isType(mode, S_IFIFO);
    }

    @PyMethod(name = "S_ISLNK")
    public static Object isLnk(Object mode) {
        return isType(mode, S_IFLNK);
    }

    @PyMethod(name = "S_ISSOCK")
    public static Object isSock(Object mode) {
        return isType(mode, S_IFSOCK);
    }

    @PyMethod(name = "S_ISDOOR")
    public static Object isDoor(Object mode) {
        mode(mode);
        return PyBool.FALSE;
    }

    @PyMethod(name = "S_ISPORT")
    public static Object isPort(Object mode) {
        mode(mode);
        return PyBool.FALSE;
    }

    @PyMethod(name = "S_ISWHT")
    public static Object isWht(Object mode) {
        mode(mode);
        return PyBool.FALSE;
    }

    /** {@code S_IMODE(mode)}: the permission bits, with set-id and sticky bits. */
    @PyMethod(name = "S_IMODE")
    public static Object imode(Object mode) {
        return PyInt.valueOf(mode(mode) & 07777);
    }

    /** {@code S_IFMT(mode)}: the file type bits. */
    @PyMethod(name = "S_IFMT")
    public static Object ifmt(Object mode) {
        return PyInt.valueOf(mode(mode) & S_IFMT);
    }

    /** {@code filemode(mode)}: {@code ls -l}'s string, such as {@code '-rwxr-xr-x'}. */
    @PyMethod
    public static Object filemode(Object modeObject) {
        int mode = mode(modeObject);
        char[] s = new char[10];
        s[0] = switch (mode & S_IFMT) {
            case S_IFREG -> '-';
            case S_IFDIR -> 'd';
            case S_IFLNK -> 'l';
            case S_IFBLK -> 'b';
            case S_IFCHR -> 'c';
            case S_IFIFO -> 'p';
            case S_IFSOCK -> 's';
            default -> '?';
        };
        permissions(s, 1, mode >> 6, (mode & S_ISUID) != 0, 's');
        permissions(s, 4, mode >> 3, (mode & S_ISGID) != 0, 's');
        permissions(s, 7, mode, (mode & S_ISVTX) != 0, 't');
        return PyStr.of(new String(s));
    }

    /** One rwx triple at {@code at}; a special bit shows in the x position (lower case when x is set). */
    private static void permissions(char[] s, int at, int bits, boolean special, char mark) {
        s[at] = (bits & 4) != 0 ? 'r' : '-';
        s[at + 1] = (bits & 2) != 0 ? 'w' : '-';
        boolean x = (bits & 1) != 0;
        s[at + 2] = special ? (x ? mark : Character.toUpperCase(mark)) : (x ? 'x' : '-');
    }
}
