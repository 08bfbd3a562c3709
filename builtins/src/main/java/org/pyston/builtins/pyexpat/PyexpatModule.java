package org.pyston.builtins.pyexpat;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.pyston.builtins.binascii.BinasciiModule;
import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyBaseException;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.IntMath;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code pyexpat} module that {@code xml.parsers.expat} re-exports: {@code ParserCreate},
 * {@code ErrorString}, {@code ExpatError} (alias {@code error}) with {@code code}/{@code lineno}/
 * {@code offset}, the {@code errors} and {@code model} submodules and the version constants of the
 * expat release whose behaviour it follows. The parsing itself is {@link XmlScanner}, in Java.
 */
public final class PyexpatModule {
    private PyexpatModule() {}

    private static final Map<Interpreter, PyObject> ERRORS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Builds {@code pyexpat} for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("pyexpat");
        PyDict d = m.getDict();
        DeclarationScanner.scanModule(PyexpatModule.class, "pyexpat", d);
        var error = BinasciiModule.newException("ExpatError", "xml.parsers.expat", PyExceptions.EXCEPTION);
        ERRORS.put(interp, error);
        d.putStr("ExpatError", error);
        d.putStr("error", error);
        d.putStr("XMLParserType", PyXmlParser.TYPE);
        d.putStr("EXPAT_VERSION", PyStr.of("expat_2.5.0"));
        d.putStr("version_info", PyTuple.of(PyInt.valueOf(2), PyInt.valueOf(5), PyInt.valueOf(0)));
        d.putStr("native_encoding", PyStr.of("UTF-8"));
        d.putStr("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.valueOf(0));
        d.putStr("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.valueOf(1));
        d.putStr("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.valueOf(2));
        PyList features = new PyList();
        features.append(PyTuple.of(PyStr.of("sizeof(XML_Char)"), PyInt.valueOf(1)));
        features.append(PyTuple.of(PyStr.of("sizeof(XML_LChar)"), PyInt.valueOf(1)));
        features.append(PyTuple.of(PyStr.of("XML_NS"), PyInt.valueOf(0)));
        d.putStr("features", features);
        d.putStr("errors", errorsModule());
        d.putStr("model", modelModule());
        return m;
    }

    private static PyModule errorsModule() {
        PyModule m = new PyModule("pyexpat.errors");
        PyDict d = m.getDict();
        PyDict codes = new PyDict();
        PyDict messages = new PyDict();
        String[][] t = ExpatErrors.TABLE;
        for (int i = 0; i < t.length; i++) {
            d.putStr(t[i][0], PyStr.of(t[i][1]));
            codes.put(PyStr.of(t[i][1]), PyInt.valueOf(i + 1));
            messages.put(PyInt.valueOf(i + 1), PyStr.of(t[i][1]));
        }
        d.putStr("codes", codes);
        d.putStr("messages", messages);
        d.putStr("__doc__", PyStr.of("Constants used to describe error conditions."));
        return m;
    }

    private static PyModule modelModule() {
        PyModule m = new PyModule("pyexpat.model");
        PyDict d = m.getDict();
        String[] types = {"XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME", "XML_CTYPE_CHOICE",
            "XML_CTYPE_SEQ"};
        for (int i = 0; i < types.length; i++) {
            d.putStr(types[i], PyInt.valueOf(i + 1));
        }
        String[] quants = {"XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS"};
        for (int i = 0; i < quants.length; i++) {
            d.putStr(quants[i], PyInt.valueOf(i));
        }
        d.putStr("__doc__", PyStr.of("Constants used to interpret content model information."));
        return m;
    }

    /** An ExpatError for {@code code} at (line, column), with CPython's message and attributes. */
    static RuntimeException expatError(int code, int line, int column) {
        PyObject type = ERRORS.get(Interpreter.current());
        String msg = ExpatErrors.message(code) + ": line " + line + ", column " + column;
        PyBaseException e = PyExceptions.create((org.pyston.builtins.object.PyType) type, PyStr.of(msg));
        AttributeOps.setAttr(e, "code", PyInt.valueOf(code));
        AttributeOps.setAttr(e, "lineno", PyInt.valueOf(line));
        AttributeOps.setAttr(e, "offset", PyInt.valueOf(column));
        return e;
    }

    @PyMethod(name = "ErrorString")
    public static Object errorString(Object code) {
        String m = ExpatErrors.message((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, IntMath.small(code))));
        return m == null ? PyNone.NONE : PyStr.of(m);
    }

    @PyMethod(name = "ParserCreate", general = true)
    public static Object parserCreate(Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("ParserCreate", args, kwnames, 3,
                new String[] {"encoding", "namespace_separator", "intern"}, 0);
        String encoding = null;
        if (p[0] != null && p[0] != PyNone.NONE) {
            if (!(p[0] instanceof PyStr s)) {
                throw PyExceptions.typeError("ParserCreate() argument 'encoding' must be str or None, not %s",
                        ((PyObject) p[0]).getType().getName());
            }
            encoding = s.value();
        }
        int sep = -1;
        if (p[1] != null && p[1] != PyNone.NONE) {
            if (!(p[1] instanceof PyStr s)) {
                throw PyExceptions.typeError("ParserCreate() argument 'namespace_separator' must be str or None, not %s",
                        ((PyObject) p[1]).getType().getName());
            }
            if (s.value().codePointCount(0, s.value().length()) > 1) {
                throw PyExceptions.valueError("namespace_separator must be at most one character, omitted, or None");
            }
            sep = s.value().isEmpty() ? 0 : s.value().codePointAt(0);
        }
        PyDict intern;
        if (p[2] == null) {
            intern = new PyDict();
        } else if (p[2] == PyNone.NONE) {
            intern = null;
        } else if (p[2] instanceof PyDict di) {
            intern = di;
        } else {
            throw PyExceptions.typeError("intern must be a dictionary");
        }
        if (encoding != null) {
            InputDecoder.charset(encoding);
        }
        return new PyXmlParser(encoding, sep, intern);
    }
}
