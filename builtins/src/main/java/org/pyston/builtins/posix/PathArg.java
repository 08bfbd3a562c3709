package org.pyston.builtins.posix;

import java.nio.file.Path;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.Codecs;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;

/**
 * A path argument as CPython's {@code path_converter} takes it: str, bytes (decoded from the file
 * system encoding, UTF-8 with surrogateescape), an {@code os.PathLike}, or, where the function
 * allows it, an open descriptor. {@link #object} is the str or bytes the caller meant (what
 * OSError's filename shows); {@link #bytes} says whether results (names from {@code listdir},
 * {@code readlink} ...) come back as bytes.
 */
final class PathArg {
    /** The str or bytes after {@code __fspath__}; null for a descriptor. */
    final Object object;
    /** The path as a Java string; null for a descriptor. */
    final String text;
    final boolean bytes;
    /** The descriptor, or -1. */
    final int fd;

    private PathArg(Object object, String text, boolean bytes, int fd) {
        this.object = object;
        this.text = text;
        this.bytes = bytes;
        this.fd = fd;
    }

    /** A path given as a string (for default arguments such as listdir's "."). */
    static PathArg ofString(String s) {
        return new PathArg(PyStr.of(s), s, false, -1);
    }

    /**
     * Converts argument {@code arg} of function {@code fn}.
     *
     * @param allowFd whether an int is a descriptor here
     */
    static PathArg of(String fn, String arg, Object o, boolean allowFd) {
        if (o instanceof PyStr s) {
            return checkNul(fn, arg, new PathArg(s, s.value(), false, -1));
        }
        if (o instanceof PyBytes b) {
            return checkNul(fn, arg, new PathArg(b, decode(b.value), true, -1));
        }
        PyType t = TypeOps.typeOf(o);
        if (allowFd && !(o instanceof PyBool) && t.lookup("__index__") != null && !(o instanceof org.pyston.builtins.number.PyFloat)) {
            long fd = UnaryOps.indexAsLong(o);
            if (fd < 0) {
                throw PyExceptions.valueError("%s: fd must not be negative", fn);
            }
            if (fd > Integer.MAX_VALUE) {
                throw PyExceptions.overflowError("fd is greater than maximum");
            }
            return new PathArg(null, null, false, (int) fd);
        }
        Object f = t.lookup("__fspath__");
        if (f != null && f != PyNone.NONE) {
            Object r = CallOps.callWithSelf(f, o, new Object[0], null);
            if (r instanceof PyStr s) {
                return checkNul(fn, arg, new PathArg(s, s.value(), false, -1));
            }
            if (r instanceof PyBytes b) {
                return checkNul(fn, arg, new PathArg(b, decode(b.value), true, -1));
            }
            throw PyExceptions.typeError("expected %s.__fspath__() to return str or bytes, not %s", t.getName(),
                    TypeOps.typeName(r));
        }
        throw PyExceptions.typeError("%s: %s should be string, bytes%s os.PathLike%s, not %s", fn, arg,
                allowFd ? "," : " or", allowFd ? " or integer" : "", t.getName());
    }

    private static PathArg checkNul(String fn, String arg, PathArg p) {
        if (p.text.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("embedded null byte");
        }
        return p;
    }

    /** The file system's bytes as a Java string. */
    static String decode(byte[] b) {
        return Codecs.decode(b, "utf-8", "surrogateescape");
    }

    /** A Java string as the file system's bytes. */
    static byte[] encode(String s) {
        return Codecs.encode(s, "utf-8", "surrogateescape");
    }

    boolean isFd() {
        return fd >= 0;
    }

    /** The absolute path (relative ones against the interpreter's working directory). */
    Path path() {
        return PosixState.current().resolve(text);
    }

    /** A name found under this path, as str or bytes like the argument. */
    Object wrap(String name) {
        return bytes ? PyBytes.wrap(encode(name)) : PyStr.of(name);
    }
}
