package org.pyston.builtins.exception;

import java.util.List;

import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PySetter;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyStr;

/** Methods of {@code BaseException}, with the type-specific behaviour of its built-in subclasses. */
public final class ExceptionMethods {
    private ExceptionMethods() {
    }

    @PyMethod(name = "__new__", isStatic = true, general = true)
    public static Object new_(Object[] args, String[] kwnames) {
        PyType cls = (PyType) args[0];
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] pos = java.util.Arrays.copyOfRange(args, 1, args.length - nkw);
        if (cls == PyExceptions.OS_ERROR && pos.length >= 2 && pos[0] instanceof org.pyston.builtins.number.PyInt n) {
            cls = osErrorSubclass(n.value);
        }
        PyBaseException e = new PyBaseException(cls, PyTuple.wrap(pos));
        initAttributes(e);
        return e;
    }

    /**
     * {@code cls(*args)} for an exception class whose {@code __new__} and {@code __init__} are
     * BaseException's own and that is not OSError (whose __new__ picks a subclass): what
     * __new__ then __init__ would make, in one step. Call sites link to this directly.
     */
    public static PyBaseException construct(PyType cls, Object[] args) {
        PyBaseException e = new PyBaseException(cls, PyTuple.wrap(args));
        UnicodeErrors.checkArgs(e);
        initAttributes(e);
        return e;
    }

    /** Whether {@link #construct} is what calling {@code cls} does (see there). */
    public static boolean constructsDirectly(PyType cls) {
        PyType base = PyExceptions.BASE_EXCEPTION;
        return cls.layout() == PyType.Layout.EXCEPTION && cls.getType() == PyType.TYPE && cls != PyExceptions.OS_ERROR
                && cls.lookup("__new__") == base.lookupLocal("__new__")
                && cls.lookup("__init__") == base.lookupLocal("__init__");
    }

    @PyMethod(name = "__init__", general = true)
    public static Object init(PyBaseException self, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw > 0) {
            // only these families take keywords, each its own (CPython names the family's base)
            String family;
            List<String> allowed;
            if (self.isInstance(PyExceptions.IMPORT_ERROR)) {
                family = "ImportError";
                allowed = List.of("name", "path");
            } else if (self.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
                family = "AttributeError";
                allowed = List.of("name", "obj");
            } else if (self.isInstance(PyExceptions.NAME_ERROR)) {
                family = "NameError";
                allowed = List.of("name");
            } else {
                throw PyExceptions.typeError("%s() takes no keyword arguments", self.getType().getName());
            }
            for (String k : kwnames) {
                if (!allowed.contains(k)) {
                    throw PyExceptions.typeError("'%s' is an invalid keyword argument for %s()", k, family);
                }
            }
        }
        self.setArgs(PyTuple.wrap(java.util.Arrays.copyOf(args, args.length - nkw)));
        if (self.isInstance(PyExceptions.IMPORT_ERROR) || self.isInstance(PyExceptions.NAME_ERROR)
                || self.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
            // __init__ sets every keyword attribute: one not given is reset, as CPython's
            self.setAttribute("name", PyNone.NONE);
            if (self.isInstance(PyExceptions.ATTRIBUTE_ERROR)) self.setAttribute("obj", PyNone.NONE);
        }
        UnicodeErrors.checkArgs(self);
        initAttributes(self);
        for (int i = 0; i < nkw; i++) {
            self.setAttribute(kwnames[i], args[args.length - nkw + i]);
        }
        return PyNone.NONE;
    }

    /** CPython's errno → OSError subclass table (Linux errno values). */
    static PyType osErrorSubclass(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: return PyExceptions.BLOCKING_IO_ERROR;
            case 10: return PyExceptions.CHILD_PROCESS_ERROR;
            case 32: case 108: return lookupBuiltin("BrokenPipeError");
            case 103: return lookupBuiltin("ConnectionAbortedError");
            case 111: return lookupBuiltin("ConnectionRefusedError");
            case 104: return lookupBuiltin("ConnectionResetError");
            case 17: return PyExceptions.FILE_EXISTS_ERROR;
            case 2: return PyExceptions.FILE_NOT_FOUND_ERROR;
            case 21: return PyExceptions.IS_A_DIRECTORY_ERROR;
            case 20: return PyExceptions.NOT_A_DIRECTORY_ERROR;
            case 4: return PyExceptions.INTERRUPTED_ERROR;
            case 1: case 13: return PyExceptions.PERMISSION_ERROR;
            case 3: return PyExceptions.PROCESS_LOOKUP_ERROR;
            case 110: return PyExceptions.TIMEOUT_ERROR;
            default: return PyExceptions.OS_ERROR;
        }
    }

    private static PyType lookupBuiltin(String name) {
        for (PyType t : PyExceptions.ALL) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        return PyExceptions.OS_ERROR;
    }

    /** Sets the attributes CPython derives from args for the built-in subclasses. */
    static void initAttributes(PyBaseException e) {
        PyTuple a = e.getArgs();
        Object first = a.size() > 0 ? a.get(0) : PyNone.NONE;
        if (e.isInstance(PyExceptions.STOP_ITERATION)) {
            e.setAttribute("value", first);
        } else if (e.isInstance(PyExceptions.SYSTEM_EXIT)) {
            e.setAttribute("code", a.size() == 0 ? PyNone.NONE : a.size() == 1 ? first : a);
        } else if (e.isInstance(PyExceptions.SYNTAX_ERROR)) {
            e.setAttribute("msg", first);
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            Object[] vals = new Object[6];
            if (a.size() == 2) {
                // (msg, (filename, lineno, offset, text[, end_lineno, end_offset])), any sequence
                Object[] d = org.pyston.builtins.ops.IterOps.toArray(a.get(1));
                if (d.length < 4) {
                    throw PyExceptions.typeError("function takes at least 4 arguments (%d given)", d.length);
                }
                if (d.length > 6) {
                    throw PyExceptions.typeError("function takes at most 6 arguments (%d given)", d.length);
                }
                if (d.length == 5) {
                    throw PyExceptions.typeError("end_offset must be provided when end_lineno is provided");
                }
                System.arraycopy(d, 0, vals, 0, d.length);
            }
            for (int i = 0; i < 6; i++) {
                e.setAttribute(names[i], vals[i] == null ? PyNone.NONE : vals[i]);
            }
            e.setAttribute("print_file_and_line", PyNone.NONE);
        } else if (e.isInstance(PyExceptions.UNICODE_ERROR)) {
            UnicodeErrors.initAttributes(e);
        } else if (e.isInstance(PyExceptions.IMPORT_ERROR)) {
            e.setAttribute("msg", a.size() == 1 ? first : PyNone.NONE);
            if (e.getAttribute("name") == null) {
                e.setAttribute("name", PyNone.NONE);
            }
            e.setAttribute("path", PyNone.NONE);
        } else if (e.isInstance(PyExceptions.OS_ERROR)) {
            boolean pair = a.size() >= 2 && a.size() <= 5;
            e.setAttribute("errno", pair ? a.get(0) : PyNone.NONE);
            e.setAttribute("strerror", pair ? a.get(1) : PyNone.NONE);
            e.setAttribute("filename", a.size() >= 3 && pair ? a.get(2) : PyNone.NONE);
            e.setAttribute("filename2", a.size() >= 5 ? a.get(4) : PyNone.NONE);
            if (pair && a.size() >= 3) {
                e.setArgs(PyTuple.of(a.get(0), a.get(1)));
            }
        } else if (e.isInstance(PyExceptions.NAME_ERROR) || e.isInstance(PyExceptions.ATTRIBUTE_ERROR)) {
            if (e.getAttribute("name") == null) {
                e.setAttribute("name", PyNone.NONE);
            }
            if (e.isInstance(PyExceptions.ATTRIBUTE_ERROR) && e.getAttribute("obj") == null) {
                e.setAttribute("obj", PyNone.NONE);
            }
        }
    }

    @PyMethod(name = "__str__")
    public static Object str(PyBaseException self) {
        return PyStr.of(strOf(self));
    }

    /** {@code str(e)} for the built-in exception types. */
    public static String strOf(PyBaseException e) {
        PyTuple a = e.getArgs();
        if (e.isInstance(PyExceptions.KEY_ERROR) && a.size() == 1) {
            return Repr.repr(a.get(0));
        }
        if (e.isInstance(PyExceptions.UNICODE_ERROR)) {
            String u = UnicodeErrors.str(e);
            if (u != null) return u;
        }
        if (e.isInstance(PyExceptions.SYNTAX_ERROR)) {
            Object msg = e.getAttribute("msg");
            Object file = e.getAttribute("filename");
            Object line = e.getAttribute("lineno");
            String m = msg == null || msg == PyNone.NONE ? (a.size() == 0 ? "" : Repr.str(a.get(0))) : Repr.str(msg);
            boolean hasFile = file instanceof PyStr;
            boolean hasLine = line != null && line != PyNone.NONE;
            if (hasFile && hasLine) {
                return m + " (" + basename(((PyStr) file).value()) + ", line " + Repr.str(line) + ")";
            } else if (hasFile) {
                return m + " (" + basename(((PyStr) file).value()) + ")";
            } else if (hasLine) {
                return m + " (line " + Repr.str(line) + ")";
            }
            return m;
        }
        if (e.isInstance(PyExceptions.OS_ERROR)) {
            Object errno = e.getAttribute("errno");
            Object strerror = e.getAttribute("strerror");
            Object filename = e.getAttribute("filename");
            if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
                String s = "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror);
                if (filename != null && filename != PyNone.NONE) {
                    s += ": " + Repr.repr(filename);
                    Object filename2 = e.getAttribute("filename2");
                    if (filename2 != null && filename2 != PyNone.NONE) {
                        s += " -> " + Repr.repr(filename2);
                    }
                }
                return s;
            }
        }
        if (a.size() == 0) {
            return "";
        }
        if (a.size() == 1) {
            return Repr.str(a.get(0));
        }
        return Repr.str(a);
    }

    private static String basename(String f) {
        int i = f.lastIndexOf('/');
        return i < 0 ? f : f.substring(i + 1);
    }

    @PyMethod(name = "__repr__")
    public static Object repr(PyBaseException self) {
        PyTuple a = self.getArgs();
        String name = self.getType().getName();
        if (a.size() == 1) {
            return PyStr.of(name + "(" + Repr.repr(a.get(0)) + ")");
        }
        return PyStr.of(name + Repr.repr(a));
    }

    /** {@code (type, args)}, plus the instance dictionary when it has entries (for pickle and copy). */
    @PyMethod(name = "__reduce__")
    public static Object reduce(PyBaseException self) {
        org.pyston.builtins.container.PyDict d = self.getDict();
        if (d.size() == 0) {
            return PyTuple.of(self.getType(), self.getArgs());
        }
        return PyTuple.of(self.getType(), self.getArgs(), d);
    }

    @PyGetter("args")
    public static Object args(PyBaseException self) {
        return self.getArgs();
    }

    @PySetter("args")
    public static void setArgs(PyBaseException self, Object v) {
        self.setArgs(PyTuple.wrap(org.pyston.builtins.ops.IterOps.toArray(v)));
    }

    @PyGetter("__cause__")
    public static Object cause(PyBaseException self) {
        return self.getPyCause() == null ? PyNone.NONE : self.getPyCause();
    }

    @PySetter("__cause__")
    public static void setCause(PyBaseException self, Object v) {
        if (v == null) {
            throw PyExceptions.typeError("__cause__ may not be deleted");
        }
        self.setPyCause(toExceptionOrNull(v, "exception cause must be None or derive from BaseException"));
        self.setSuppressContext(true);
    }

    @PyGetter("__context__")
    public static Object context(PyBaseException self) {
        return self.getContext() == null ? PyNone.NONE : self.getContext();
    }

    @PySetter("__context__")
    public static void setContext(PyBaseException self, Object v) {
        if (v == null) {
            throw PyExceptions.typeError("__context__ may not be deleted");
        }
        self.setContext(toExceptionOrNull(v, "exception context must be None or derive from BaseException"));
    }

    private static PyBaseException toExceptionOrNull(Object v, String msg) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw PyExceptions.typeError(msg);
    }

    @PyGetter("__suppress_context__")
    public static Object suppressContext(PyBaseException self) {
        return org.pyston.builtins.number.PyBool.of(self.isSuppressContext());
    }

    @PySetter("__suppress_context__")
    public static void setSuppressContext(PyBaseException self, Object v) {
        self.setSuppressContext(v != null && org.pyston.builtins.ops.Truth.isTrue(v));
    }

    @PyGetter("__traceback__")
    public static Object traceback(PyBaseException self) {
        return self.getTraceback() == null ? PyNone.NONE : self.getTraceback();
    }

    @PySetter("__traceback__")
    public static void setTraceback(PyBaseException self, Object v) {
        if (v == null) {
            throw PyExceptions.typeError("__traceback__ may not be deleted");
        }
        if (v == PyNone.NONE) {
            self.setTraceback(null);
        } else if (v instanceof PyTraceback tb) {
            self.setTraceback(tb);
        } else {
            throw PyExceptions.typeError("__traceback__ must be a traceback or None");
        }
    }

    @PyMethod(name = "with_traceback")
    public static Object withTraceback(PyBaseException self, Object tb) {
        setTraceback(self, tb);
        return self;
    }

    @PyMethod(name = "add_note")
    public static Object addNote(PyBaseException self, Object note) {
        if (!(note instanceof PyStr)) {
            throw PyExceptions.typeError("note must be a str, not '%s'", TypeOps.typeName(note));
        }
        Object notes = self.getAttribute("__notes__");
        if (notes == null) {
            notes = new org.pyston.builtins.container.PyList();
            self.setAttribute("__notes__", notes);
        }
        if (!(notes instanceof org.pyston.builtins.container.PyList list)) {
            throw PyExceptions.typeError("Cannot add note: __notes__ is not a list");
        }
        list.append(note);
        return PyNone.NONE;
    }
}
