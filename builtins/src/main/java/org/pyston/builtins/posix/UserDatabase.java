package org.pyston.builtins.posix;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.StructSequence;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code pwd} and {@code grp} modules: the user and group databases, read from
 * {@code /etc/passwd} and {@code /etc/group} at each call (the JDK has no getpwnam). This is the
 * "files" source of the C library's name service; accounts that only a network directory
 * (LDAP, NIS) knows are not seen. Lines are {@code name:passwd:id:gid:...} as passwd(5) and
 * group(5) describe; malformed lines and {@code +}/{@code -} NIS markers are skipped, as glibc does.
 */
public final class UserDatabase {
    private UserDatabase() {}

    static final PyType STRUCT_PASSWD = StructSequence.define("pwd", "struct_passwd", "pwd.struct_passwd",
            new String[] {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7);
    static final PyType STRUCT_GROUP = StructSequence.define("grp", "struct_group", "grp.struct_group",
            new String[] {"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4);

    /** The largest id; {@code (uid_t) -1} shows as -1, as CPython's _PyLong_FromUid. */
    private static final long ID_MAX = 0xFFFF_FFFFL;

    /** Builds {@code pwd} for one interpreter. */
    public static PyModule createPwd(Interpreter interp) {
        PyModule m = new PyModule("pwd");
        DeclarationScanner.scanModule(Pwd.class, "pwd", m.getDict());
        m.getDict().putStr("struct_passwd", STRUCT_PASSWD);
        m.getDict().putStr("__doc__", PyStr.of("This module provides access to the Unix password database.\n"
                + "It is available on all Unix versions.\n\n"
                + "Password database entries are reported as 7-tuples containing the following\n"
                + "items from the password database (see `<pwd.h>'), in order:\n"
                + "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
                + "The uid and gid items are integers, all others are strings. An\n"
                + "exception is raised if the entry asked for cannot be found."));
        return m;
    }

    /** Builds {@code grp} for one interpreter. */
    public static PyModule createGrp(Interpreter interp) {
        PyModule m = new PyModule("grp");
        DeclarationScanner.scanModule(Grp.class, "grp", m.getDict());
        m.getDict().putStr("struct_group", STRUCT_GROUP);
        m.getDict().putStr("__doc__", PyStr.of("Access to the Unix group database.\n\n"
                + "Group entries are reported as 4-tuples containing the following fields\n"
                + "from the group database, in order:\n\n"
                + "  gr_name   - name of the group\n"
                + "  gr_passwd - group password (encrypted); often empty\n"
                + "  gr_gid    - numeric ID of the group\n"
                + "  gr_mem    - list of members\n\n"
                + "The gid is an integer, name and password are strings.  (Note that most\n"
                + "users are not explicitly listed as members of the groups they are in\n"
                + "according to the password database.  Check both databases to get\n"
                + "complete membership information.)"));
        return m;
    }

    /** The functions of {@code pwd}. */
    public static final class Pwd {
        private Pwd() {}

        @PyMethod
        public static Object getpwuid(Object uid) {
            Long id = userOrGroupId(uid, "uid", false);
            if (id == null) throw keyError("getpwuid(): uid not found");
            for (String[] f : entries("/etc/passwd", 7)) {
                if (parseId(f[2]) == id) return passwd(f);
            }
            throw keyError("getpwuid(): uid not found: " + shownId(id));
        }

        @PyMethod
        public static Object getpwnam(Object name) {
            if (!(name instanceof PyStr s)) {
                throw PyExceptions.typeError("getpwnam() argument must be str, not %s", TypeOps.typeName(name));
            }
            checkNoNul(s.value());
            for (String[] f : entries("/etc/passwd", 7)) {
                if (f[0].equals(s.value())) return passwd(f);
            }
            throw keyError("getpwnam(): name not found: " + Repr.repr(s));
        }

        @PyMethod
        public static Object getpwall() {
            PyList out = new PyList();
            for (String[] f : entries("/etc/passwd", 7)) out.append(passwd(f));
            return out;
        }
    }

    /** The functions of {@code grp}. */
    public static final class Grp {
        private Grp() {}

        @PyMethod
        public static Object getgrgid(Object gid) {
            Long id = userOrGroupId(gid, "gid", true);
            for (String[] f : entries("/etc/group", 4)) {
                if (parseId(f[2]) == id) return group(f);
            }
            throw keyError("getgrgid(): gid not found: " + shownId(id));
        }

        @PyMethod
        public static Object getgrnam(Object name) {
            if (!(name instanceof PyStr s)) {
                throw PyExceptions.typeError("getgrnam() argument 'name' must be str, not %s", TypeOps.typeName(name));
            }
            checkNoNul(s.value());
            for (String[] f : entries("/etc/group", 4)) {
                if (f[0].equals(s.value())) return group(f);
            }
            throw keyError("getgrnam(): name not found: " + Repr.repr(s));
        }

        @PyMethod
        public static Object getgrall() {
            PyList out = new PyList();
            for (String[] f : entries("/etc/group", 4)) out.append(group(f));
            return out;
        }
    }

    private static Object passwd(String[] f) {
        return StructSequence.make(STRUCT_PASSWD, PyStr.of(f[0]), PyStr.of(f[1]), idValue(parseId(f[2])),
                idValue(parseId(f[3])), PyStr.of(f[4]), PyStr.of(f[5]), PyStr.of(f[6]));
    }

    private static Object group(String[] f) {
        PyList members = new PyList();
        for (String member : f[3].split(",")) {
            if (!member.isEmpty()) members.append(PyStr.of(member));
        }
        return StructSequence.make(STRUCT_GROUP, PyStr.of(f[0]), PyStr.of(f[1]), idValue(parseId(f[2])), members);
    }

    /** The well-formed entries of a database file, each split into exactly {@code fields} fields. */
    private static List<String[]> entries(String file, int fields) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("+") || line.startsWith("-")) continue;
            String[] f = line.split(":", -1);
            if (f.length != fields || parseId(f[2]) < 0) continue;
            if (fields == 7 && parseId(f[3]) < 0) continue;
            out.add(f);
        }
        return out;
    }

    /** A decimal id field, or -1 when it is not one. */
    private static long parseId(String s) {
        if (s.isEmpty() || s.length() > 10) return -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') return -1;
        }
        long v = Long.parseLong(s);
        return v <= ID_MAX ? v : -1;
    }

    private static Object idValue(long id) {
        return PyInt.valueOf(id == ID_MAX ? -1 : id);
    }

    private static String shownId(long id) {
        return id == ID_MAX ? "-1" : Long.toString(id);
    }

    /**
     * CPython's _Py_Uid_Converter/_Py_Gid_Converter: an int (or __index__) that is -1 or fits
     * 32 unsigned bits, as the id; any other int overflows, which getpwuid reports as "not found"
     * (null here) and getgrgid as OverflowError.
     */
    private static Long userOrGroupId(Object o, String what, boolean overflowRaises) {
        if (o instanceof PyFloat || o instanceof PyStr || !(IntMath.isInt(o) || hasIndex(o))) {
            throw PyExceptions.typeError("%s should be integer, not %s", what, TypeOps.typeName(o));
        }
        Object v = UnaryOps.index(o);
        BigInteger big = IntMath.big(v);
        if (big.bitLength() < 64) {
            long l = big.longValue();
            if (l == -1) return ID_MAX;
            if (l >= 0 && l <= ID_MAX) return l;
            if (!overflowRaises) return null;
            throw overflow(what + " is less than minimum");
        }
        if (!overflowRaises) return null;
        throw overflow(what + (big.signum() < 0 ? " is less than minimum" : " is greater than maximum"));
    }

    private static boolean hasIndex(Object o) {
        return o instanceof PyObject p && p.getType().lookup("__index__") != null;
    }

    private static void checkNoNul(String s) {
        if (s.indexOf('\0') >= 0) throw PyExceptions.valueError("embedded null byte");
    }

    private static PyBaseException keyError(String message) {
        return PyExceptions.keyError(PyStr.of(message));
    }

    private static PyBaseException overflow(String message) {
        return PyExceptions.overflowError("%s", message);
    }
}
