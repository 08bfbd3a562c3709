package org.pyston.builtins.unicodedata;

import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.text.PyStr;

/**
 * {@code unicodedata.UCD}: a database object with the module's functions as methods, as
 * {@code unicodedata.ucd_3_2_0}. It answers from the JDK's current tables, not from Unicode 3.2.
 */
public final class PyUcd implements PyObject {
    public static final PyType TYPE = PyType.builtinInModule("UCD", "unicodedata", PyUcd.class, PyUcd.class);

    private final String version;

    PyUcd(String version) {
        this.version = version;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyGetter("unidata_version")
    public static Object unidataVersion(PyUcd self) {
        return PyStr.of(self.version);
    }

    @PyMethod(required = 1)
    public static Object name(PyUcd self, Object c, Object dflt) {
        return UnicodedataModule.name(c, dflt);
    }

    @PyMethod
    public static Object lookup(PyUcd self, Object name) {
        return UnicodedataModule.lookup(name);
    }

    @PyMethod
    public static Object category(PyUcd self, Object c) {
        return UnicodedataModule.category(c);
    }

    @PyMethod
    public static Object bidirectional(PyUcd self, Object c) {
        return UnicodedataModule.bidirectional(c);
    }

    @PyMethod
    public static Object mirrored(PyUcd self, Object c) {
        return UnicodedataModule.mirrored(c);
    }

    @PyMethod
    public static Object combining(PyUcd self, Object c) {
        return UnicodedataModule.combining(c);
    }

    @PyMethod
    public static Object east_asian_width(PyUcd self, Object c) {
        return UnicodedataModule.east_asian_width(c);
    }

    @PyMethod
    public static Object decomposition(PyUcd self, Object c) {
        return UnicodedataModule.decomposition(c);
    }

    @PyMethod(required = 1)
    public static Object decimal(PyUcd self, Object c, Object dflt) {
        return UnicodedataModule.decimal(c, dflt);
    }

    @PyMethod(required = 1)
    public static Object digit(PyUcd self, Object c, Object dflt) {
        return UnicodedataModule.digit(c, dflt);
    }

    @PyMethod(required = 1)
    public static Object numeric(PyUcd self, Object c, Object dflt) {
        return UnicodedataModule.numeric(c, dflt);
    }

    @PyMethod
    public static Object normalize(PyUcd self, Object form, Object unistr) {
        return UnicodedataModule.normalize(form, unistr);
    }

    @PyMethod
    public static Object is_normalized(PyUcd self, Object form, Object unistr) {
        return UnicodedataModule.is_normalized(form, unistr);
    }
}
