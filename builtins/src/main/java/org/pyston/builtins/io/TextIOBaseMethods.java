package org.pyston.builtins.io;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;

/** Methods of {@code _io._TextIOBase}: the unsupported defaults and the attributes a text stream may lack. */
public final class TextIOBaseMethods {
    private TextIOBaseMethods() {
    }

    @PyMethod(required = 0)
    public static Object read(PyIOBase self, Object size) {
        throw IOSupport.unsupported("read");
    }

    @PyMethod(required = 0)
    public static Object readline(PyIOBase self, Object size) {
        throw IOSupport.unsupported("readline");
    }

    @PyMethod
    public static Object write(PyIOBase self, Object s) {
        throw IOSupport.unsupported("write");
    }

    @PyMethod
    public static Object detach(PyIOBase self) {
        throw IOSupport.unsupported("detach");
    }

    @PyGetter("encoding")
    public static Object encoding(PyIOBase self) {
        return PyNone.NONE;
    }

    @PyGetter("newlines")
    public static Object newlines(PyIOBase self) {
        return PyNone.NONE;
    }

    @PyGetter("errors")
    public static Object errors(PyIOBase self) {
        return PyNone.NONE;
    }
}
