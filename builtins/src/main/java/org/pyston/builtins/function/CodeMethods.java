package org.pyston.builtins.function;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Attributes of {@code code}. */
public final class CodeMethods {
    private CodeMethods() {
    }

    private static PyTuple names(String[] a) {
        Object[] o = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = PyStr.of(a[i]);
        }
        return PyTuple.wrap(o);
    }

    @PyGetter("co_name")
    public static Object coName(PyCode c) {
        return PyStr.of(c.name);
    }

    @PyGetter("co_qualname")
    public static Object coQualname(PyCode c) {
        return PyStr.of(c.qualname);
    }

    @PyGetter("co_filename")
    public static Object coFilename(PyCode c) {
        return PyStr.of(c.filename);
    }

    @PyGetter("co_firstlineno")
    public static Object coFirstlineno(PyCode c) {
        return PyInt.valueOf(c.firstlineno);
    }

    @PyGetter("co_varnames")
    public static Object coVarnames(PyCode c) {
        return names(c.varnames);
    }

    @PyGetter("co_cellvars")
    public static Object coCellvars(PyCode c) {
        return names(c.cellvars);
    }

    @PyGetter("co_freevars")
    public static Object coFreevars(PyCode c) {
        return names(c.freevars);
    }

    @PyGetter("co_argcount")
    public static Object coArgcount(PyCode c) {
        return PyInt.valueOf(c.argcount);
    }

    @PyGetter("co_posonlyargcount")
    public static Object coPosonlyargcount(PyCode c) {
        return PyInt.valueOf(c.posonlyargcount);
    }

    @PyGetter("co_kwonlyargcount")
    public static Object coKwonlyargcount(PyCode c) {
        return PyInt.valueOf(c.kwonlyargcount);
    }

    @PyGetter("co_flags")
    public static Object coFlags(PyCode c) {
        return PyInt.valueOf(c.flags & ~PyCode.HAS_CLOSURE);
    }

    /**
     * {@code code.replace(co_flags=..., co_name=...)}: a copy with some fields changed. The body
     * stays the same compiled method, so only what the runtime reads from the code object (flags,
     * names) can change; other fields are rejected rather than silently ignored.
     */
    @PyMethod(general = true)
    public static Object replace(PyCode c, Object[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos > 0) throw org.pyston.builtins.exception.PyExceptions.typeError("replace() takes no positional arguments");
        String name = c.name, qualname = c.qualname;
        int flags = c.flags;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            Object v = args[npos + i];
            switch (kwnames[i]) {
                case "co_flags" -> flags = (int) org.pyston.builtins.number.IntMath.small(v);
                case "co_name" -> name = ((org.pyston.builtins.text.PyStr) v).value();
                case "co_qualname" -> qualname = ((org.pyston.builtins.text.PyStr) v).value();
                default -> throw org.pyston.builtins.exception.PyExceptions.notImplementedError(
                        "code.replace(%s=...) is not supported (the body is compiled)", kwnames[i]);
            }
        }
        PyCode r = new PyCode(name, qualname, c.filename, c.firstlineno, c.varnames, c.cellvars, c.freevars, c.argcount,
                c.posonlyargcount, c.kwonlyargcount, flags | (c.flags & PyCode.HAS_CLOSURE), c.entry);
        if ((flags & PyCode.CO_ITERABLE_COROUTINE) != 0) PyCode.markIterableCoroutine(c.entry);
        return r;
    }

    /**
     * {@code co_positions()}: an iterator of (line, end line, column, end column) per position
     * entry, columns as UTF-8 byte offsets as CPython's; entry i belongs to {@code tb_lasti == 2*i}.
     */
    @PyMethod(name = "co_positions")
    public static Object coPositions(PyCode c) {
        CodePositions p = c.positions();
        Object[] items = new Object[p.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = org.pyston.builtins.container.PyTuple.of(
                    PyInt.valueOf(p.line(i)), PyInt.valueOf(p.endLine(i)),
                    PyInt.valueOf(byteOffset(c.filename, p.line(i), p.col(i))),
                    PyInt.valueOf(byteOffset(c.filename, p.endLine(i), p.endCol(i))));
        }
        return org.pyston.builtins.ops.IterOps.iter(org.pyston.builtins.container.PyList.of(items));
    }

    /** The UTF-8 byte offset of code point {@code col} of the line (the column itself when the line is unknown). */
    private static int byteOffset(String filename, int lineno, int col) {
        String line = org.pyston.builtins.exception.SourceLines.line(filename, lineno);
        if (line == null) return col;
        int end = line.offsetByCodePoints(0, Math.min(col, line.codePointCount(0, line.length())));
        return line.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + Math.max(0, col - line.codePointCount(0, line.length()));
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyCode c) {
        return PyStr.of("<code object " + c.name + " at " + TypeOps.addressOf(c) + ", file \"" + c.filename
                + "\", line " + c.firstlineno + ">");
    }
}
