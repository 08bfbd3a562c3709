package org.pyston.builtins.io;

import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.ops.UnaryOps;
import org.pyston.builtins.text.PyStr;

/** Errors and argument conversions shared by the {@code _io} classes, with CPython's messages. */
final class IOSupport {
    private IOSupport() {
    }

    /**
     * {@code io.UnsupportedOperation}: an OSError and a ValueError. A heap type as in CPython
     * ({@code io.py} sets its {@code __module__}).
     */
    static final PyType UNSUPPORTED_OPERATION = makeUnsupportedOperation();

    private static PyType makeUnsupportedOperation() {
        org.pyston.builtins.container.PyDict ns = new org.pyston.builtins.container.PyDict();
        ns.putStr("__module__", PyStr.of("io"));
        return org.pyston.builtins.object.ClassBuilder.newClass("UnsupportedOperation",
                org.pyston.builtins.container.PyTuple.of(PyExceptions.OS_ERROR, PyExceptions.VALUE_ERROR), ns);
    }

    static PyBaseException unsupported(String msg) {
        return PyExceptions.create(UNSUPPORTED_OPERATION, PyStr.of(msg));
    }

    static PyBaseException closedFile() {
        return PyExceptions.valueError("I/O operation on closed file.");
    }

    static Object call(Object o, String name, Object... args) {
        return CallOps.callMethod(o, name, args, null);
    }

    static boolean callBool(Object o, String name) {
        return Truth.isTrue(CallOps.callMethod(o, name, new Object[0], null));
    }

    static boolean isClosed(Object o) {
        return Truth.isTrue(org.pyston.builtins.ops.AttributeOps.getAttr(o, "closed"));
    }

    /** A size argument: None or absent is -1; otherwise an integer (CPython's _Py_convert_optional_to_ssize_t). */
    static long size(Object o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!IntMath.isInt(o) && TypeOps.typeOf(o).lookup("__index__") == null) {
            throw PyExceptions.typeError("argument should be integer or None, not '%s'", TypeOps.typeName(o));
        }
        return UnaryOps.indexAsLong(o);
    }

    /** A str argument that may be None (null result), TypeError otherwise. */
    static String optStr(Object o, String fn, String what) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("%s() argument '%s' must be str or None, not %s", fn, what, TypeOps.typeName(o));
    }

    /** OSError for errno with no file name ({@code [Errno 9] Bad file descriptor}). */
    static PyBaseException osError(int errno) {
        return org.pyston.builtins.module.OsErrors.error(errno, null, null);
    }
}
