package org.pyston.builtins.sre;

import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.module.BuiltinsModule;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyGetter;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyNotImplemented;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.ArgParser;
import org.pyston.builtins.ops.CallOps;
import org.pyston.builtins.ops.CompareOps;
import org.pyston.builtins.ops.Hashing;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.Truth;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.BytesSupport;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;
import org.pyston.builtins.typing.PyGenericAlias;

/** The methods and attributes of {@code re.Pattern} ({@link PyPattern}), as sre.c's pattern_*. */
public final class PatternMethods {
    private PatternMethods() {}

    private static final String[] STRING_POS_ENDPOS = {"string", "pos", "endpos"};

    private static SreState state(PyPattern self, String fname, Object[] args, String[] kwnames, Object[] outString) {
        Object[] p = ArgParser.parse(fname, args, kwnames, 3, STRING_POS_ENDPOS, 1);
        outString[0] = p[0];
        return self.state(p[0], PyPattern.ssize(p[1], 0), PyPattern.ssize(p[2], Long.MAX_VALUE));
    }

    @PyMethod(general = true)
    public static Object match(PyPattern self, Object[] args, String[] kwnames) {
        Object[] s = new Object[1];
        SreState st = state(self, "match", args, kwnames, s);
        return st.match(false) ? new PyMatch(self, s[0], st) : PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object fullmatch(PyPattern self, Object[] args, String[] kwnames) {
        Object[] s = new Object[1];
        SreState st = state(self, "fullmatch", args, kwnames, s);
        return st.match(true) ? new PyMatch(self, s[0], st) : PyNone.NONE;
    }

    @PyMethod(general = true)
    public static Object search(PyPattern self, Object[] args, String[] kwnames) {
        Object[] s = new Object[1];
        SreState st = state(self, "search", args, kwnames, s);
        return st.search() ? new PyMatch(self, s[0], st) : PyNone.NONE;
    }

    /** The text of group {@code g} of the state's current match (state_getslice). */
    private static Object stateGroup(SreState st, Object string, int g, boolean emptyIfUnmatched) {
        int i = (g - 1) * 2;
        if (i >= st.lastmark || st.marks[i] < 0 || st.marks[i + 1] < 0) {
            return emptyIfUnmatched ? PyPattern.slice(string, 0, 0) : PyNone.NONE;
        }
        int a = st.marks[i];
        int b = st.marks[i + 1];
        if (a > b) {
            throw PyExceptions.systemError(
                    "The span of capturing group is wrong, please report a bug for the re module.");
        }
        return PyPattern.slice(string, a, b);
    }

    @PyMethod(general = true)
    public static Object findall(PyPattern self, Object[] args, String[] kwnames) {
        Object[] s = new Object[1];
        SreState st = state(self, "findall", args, kwnames, s);
        Object string = s[0];
        PyList out = new PyList();
        while (st.start <= st.endpos) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            Object item;
            switch (self.groups) {
                case 0:
                    item = PyPattern.slice(string, st.start, st.ptr);
                    break;
                case 1:
                    item = stateGroup(st, string, 1, true);
                    break;
                default: {
                    Object[] t = new Object[self.groups];
                    for (int g = 0; g < t.length; g++) {
                        t[g] = stateGroup(st, string, g + 1, true);
                    }
                    item = PyTuple.wrap(t);
                }
            }
            out.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return out;
    }

    @PyMethod(general = true)
    public static Object finditer(PyPattern self, Object[] args, String[] kwnames) {
        Object[] s = new Object[1];
        SreState st = state(self, "finditer", args, kwnames, s);
        return new MatchIterator(new PyScanner(self, s[0], st), true);
    }

    @PyMethod(general = true)
    public static Object scanner(PyPattern self, Object[] args, String[] kwnames) {
        Object[] s = new Object[1];
        SreState st = state(self, "scanner", args, kwnames, s);
        return new PyScanner(self, s[0], st);
    }

    @PyMethod(general = true)
    public static Object split(PyPattern self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("split", args, kwnames, 2, new String[] {"string", "maxsplit"}, 1);
        Object string = p[0];
        long maxsplit = PyPattern.ssize(p[1], 0);
        SreState st = self.state(string, 0, Long.MAX_VALUE);
        PyList out = new PyList();
        int n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            out.append(PyPattern.slice(string, last, st.start));
            for (int g = 1; g <= self.groups; g++) {
                out.append(stateGroup(st, string, g, false));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        out.append(PyPattern.slice(string, last, st.endpos));
        return out;
    }

    @PyMethod(general = true)
    public static Object sub(PyPattern self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("sub", args, kwnames, 3, new String[] {"repl", "string", "count"}, 2);
        return subx(self, p[0], p[1], PyPattern.ssize(p[2], 0), false);
    }

    @PyMethod(general = true)
    public static Object subn(PyPattern self, Object[] args, String[] kwnames) {
        Object[] p = ArgParser.parse("subn", args, kwnames, 3, new String[] {"repl", "string", "count"}, 2);
        return subx(self, p[0], p[1], PyPattern.ssize(p[2], 0), true);
    }

    /** sub and subn (pattern_subx): a literal replacement, a callable, or re._subx's template. */
    private static Object subx(PyPattern self, Object repl, Object string, long count, boolean subn) {
        Object filter;
        boolean callable;
        if (BuiltinsModule.callable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal;
            if (PyInstance.unwrap(repl) instanceof PyStr rs) {
                literal = rs.value().indexOf('\\') < 0;
            } else {
                byte[] b = BytesSupport.data(repl);
                literal = b != null && BytesSupport.latin1(b).indexOf('\\') < 0;
            }
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                filter = SreModule.callRe("_subx", self, repl);
                callable = BuiltinsModule.callable(filter);
            }
        }
        SreState st = self.state(string, 0, Long.MAX_VALUE);
        boolean isBytes = !(PyInstance.unwrap(string) instanceof PyStr);
        List<Object> parts = new ArrayList<>();
        int n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                parts.add(PyPattern.slice(string, i, b));
            }
            Object item;
            if (callable) {
                item = CallOps.call1(filter, new PyMatch(self, string, st));
            } else {
                item = filter;
            }
            if (item != PyNone.NONE) {
                parts.add(item);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            parts.add(PyPattern.slice(string, i, st.endpos));
        }
        // no substitution: an exact str or bytes comes back as itself, as CPython's (no copy of a
        // long subject; `re.sub(p, r, s) is s`)
        Object result = n == 0 && (string instanceof PyStr || string instanceof org.pyston.builtins.text.PyBytes)
                ? string : join(parts, isBytes);
        return subn ? PyTuple.of(result, new PyInt(n)) : result;
    }

    /** Joins the pieces as str.join / bytes.join would, with their TypeError for a wrong item. */
    private static Object join(List<Object> parts, boolean isBytes) {
        if (!isBytes) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < parts.size(); k++) {
                Object o = PyInstance.unwrap(parts.get(k));
                if (!(o instanceof PyStr ps)) {
                    throw PyExceptions.typeError("sequence item %d: expected str instance, %s found", k,
                            TypeOps.typeName(o));
                }
                sb.append(ps.value());
            }
            return PyStr.of(sb.toString());
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int k = 0; k < parts.size(); k++) {
            Object o = parts.get(k);
            byte[] b = BytesSupport.data(PyInstance.unwrap(o));
            if (b == null) {
                throw PyExceptions.typeError("sequence item %d: expected a bytes-like object, %s found", k,
                        TypeOps.typeName(o));
            }
            out.write(b, 0, b.length);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    @PyGetter("pattern")
    public static Object pattern(PyPattern self) {
        return self.pattern;
    }

    @PyGetter("flags")
    public static Object flags(PyPattern self) {
        return new PyInt(self.flags);
    }

    @PyGetter("groups")
    public static Object groups(PyPattern self) {
        return new PyInt(self.groups);
    }

    @PyGetter("groupindex")
    public static Object groupindex(PyPattern self) {
        // CPython hands out a read-only mappingproxy; a copy keeps the pattern immutable too
        return self.groupindex.copy();
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    @PyMethod(name = "__repr__")
    public static Object repr(PyPattern self) {
        int flags = self.flags;
        if (self.isbytes == 0 && (flags & (SreConstants.FLAG_LOCALE | SreConstants.FLAG_UNICODE
                | SreConstants.FLAG_ASCII)) == SreConstants.FLAG_UNICODE) {
            flags &= ~SreConstants.FLAG_UNICODE;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                names.add(FLAG_NAMES[i]);
                flags &= ~(1 << i);
            }
        }
        if (flags != 0) {
            names.add("0x" + Integer.toHexString(flags));
        }
        String r = Repr.repr(self.pattern);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        if (names.isEmpty()) {
            return PyStr.of("re.compile(" + r + ")");
        }
        return PyStr.of("re.compile(" + r + ", " + String.join("|", names) + ")");
    }

    @PyMethod(name = "__eq__")
    public static Object eq(PyPattern self, Object other) {
        if (!(other instanceof PyPattern o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(same(self, o));
    }

    @PyMethod(name = "__ne__")
    public static Object ne(PyPattern self, Object other) {
        if (!(other instanceof PyPattern o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!same(self, o));
    }

    private static boolean same(PyPattern a, PyPattern b) {
        if (a == b) {
            return true;
        }
        return a.flags == b.flags && a.isbytes == b.isbytes && java.util.Arrays.equals(a.code, b.code)
                && Truth.isTrue(CompareOps.eq(a.pattern, b.pattern));
    }

    @PyMethod(name = "__hash__")
    public static Object hash(PyPattern self) {
        long h = Hashing.hash(self.pattern);
        h ^= java.util.Arrays.hashCode(self.code);
        h ^= self.flags;
        h ^= self.isbytes;
        h ^= self.code.length;
        if (h == -1) {
            h = -2;
        }
        return new PyInt(h);
    }

    @PyMethod(name = "__copy__")
    public static Object copy(PyPattern self) {
        return self;
    }

    @PyMethod(name = "__deepcopy__")
    public static Object deepcopy(PyPattern self, Object memo) {
        return self;
    }

    @PyMethod(name = "__class_getitem__", isClass = true)
    public static Object classGetitem(PyType cls, Object item) {
        return new PyGenericAlias(cls, item);
    }
}
