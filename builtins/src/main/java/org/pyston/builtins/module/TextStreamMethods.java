package org.pyston.builtins.module;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Methods of the standard text streams. */
public final class TextStreamMethods {
    private TextStreamMethods() {
    }

    @PyMethod
    public static Object write(PyTextStream self, Object s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("write() argument must be str, not %s", TypeOps.typeName(s));
        }
        self.write(str.value);
        return PyInt.valueOf(str.length());
    }

    @PyMethod
    public static void flush(PyTextStream self) {
        self.flush();
    }

    @PyMethod(required = 0)
    public static Object readline(PyTextStream self, Object size) {
        return PyStr.of(self.readline());
    }

    @PyMethod(required = 0)
    public static Object read(PyTextStream self, Object size) {
        return PyStr.of(self.readAll());
    }

    @PyGetter("name")
    public static Object name(PyTextStream self) {
        return PyStr.of(self.getName());
    }

    @PyGetter("encoding")
    public static Object encoding(PyTextStream self) {
        return PyStr.of("utf-8");
    }

    @PyMethod
    public static boolean isatty(PyTextStream self) {
        return false;
    }
}
