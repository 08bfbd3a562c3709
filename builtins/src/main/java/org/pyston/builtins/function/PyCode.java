package org.pyston.builtins.function;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;

import org.pyston.builtins.object.PyObject;
import org.pyston.builtins.object.PyType;

/**
 * A compiled function body ({@code code}): its names, parameter counts and flags, and the
 * {@link #entry} handle to the generated static method. Immutable.
 *
 * <p>The entry's type is: {@code (PyCell[] closure)} first only when {@link #HAS_CLOSURE} is set,
 * then one {@code Object} per positional parameter ({@link #argcount}), one per keyword-only
 * parameter ({@link #kwonlyargcount}), a {@code PyTuple} for {@code *args} when
 * {@link #CO_VARARGS} is set and a {@code PyDict} for {@code **kwargs} when {@link #CO_VARKEYWORDS}
 * is set; it returns {@code Object}.
 */
public final class PyCode implements PyObject {
    /** Python's {@code code}. */
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, CodeMethods.class, false);

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    /** The function has a {@code *args} parameter. */
    public static final int CO_VARARGS = 0x4;
    /** The function has a {@code **kwargs} parameter. */
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    /** Ours: the entry takes the closure cell array as its first parameter. */
    public static final int HAS_CLOSURE = 0x1000_0000;

    /**
     * The folder (ending with '/') of the runtime's own Python modules that stand in for CPython's
     * C modules ({@code lib/pyston}, e.g. itertools); set once by the import system when it finds
     * the library. Null: none.
     */
    public static volatile String builtinModulesFolder;

    public final String name;
    public final String qualname;
    /**
     * True for code from {@link #builtinModulesFolder}: like the C functions they replace, its
     * frames get no traceback entries, so a user's traceback is the one CPython prints.
     */
    public final boolean hiddenFrame;
    public final String filename;
    public final int firstlineno;
    /** Parameter names first (positional, keyword-only, *args, **kwargs), then other locals. */
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    /** The generated body; type described in the class comment. */
    public final MethodHandle entry;
    /**
     * {@link #entry} as {@code (Object[])Object}: all parameters (closure first) spread from one
     * array; made on the first generic call (most code objects are only ever called through linked
     * sites, and module import makes many). A race at worst builds two equal handles.
     */
    private MethodHandle spreadEntry;
    /** Where the compiler left this body's position table (see {@link CodePositions}); null: none. */
    private Class<?> positionsOwner;
    private String positionsMethod;
    private CodePositions positions;

    public PyCode(String name, String qualname, String filename, int firstlineno, String[] varnames,
                  String[] cellvars, String[] freevars, int argcount, int posonlyargcount, int kwonlyargcount,
                  int flags, MethodHandle entry) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.entry = entry;
        String hidden = builtinModulesFolder;
        this.hiddenFrame = hidden != null && filename != null && filename.startsWith(hidden);
        int n = entry.type().parameterCount();
        int expected = argcount + kwonlyargcount + (hasVarargs() ? 1 : 0) + (hasVarkw() ? 1 : 0)
                + (hasClosure() ? 1 : 0);
        if (n != expected) {
            throw new IllegalArgumentException("entry " + entry.type() + " does not match the parameters of " + qualname);
        }
    }

    /** {@link #spreadEntry}, made on first use. */
    MethodHandle spreadEntry() {
        MethodHandle h = spreadEntry;
        if (h == null) {
            h = entry.asSpreader(Object[].class, entry.type().parameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
            spreadEntry = h;
        }
        return h;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /**
     * Bodies whose function was given CO_ITERABLE_COROUTINE through code.replace (types.coroutine):
     * their generators are awaitable. Keyed by the body's entry handle, which the replaced code
     * object shares with the generators the function creates.
     */
    private static final java.util.Set<MethodHandle> ITERABLE_COROUTINES =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    public static void markIterableCoroutine(MethodHandle entry) {
        ITERABLE_COROUTINES.add(entry);
    }

    /** Whether generators of this code may be awaited (CO_ITERABLE_COROUTINE, set or added later). */
    public boolean isIterableCoroutine() {
        return (flags & CO_ITERABLE_COROUTINE) != 0 || ITERABLE_COROUTINES.contains(entry);
    }

    public boolean hasVarargs() {
        return (flags & CO_VARARGS) != 0;
    }

    public boolean hasVarkw() {
        return (flags & CO_VARKEYWORDS) != 0;
    }

    public boolean hasClosure() {
        return (flags & HAS_CLOSURE) != 0;
    }

    /** Positional plus keyword-only parameters (not *args/**kwargs). */
    public int totalArgs() {
        return argcount + kwonlyargcount;
    }

    /** Tells where the generated class keeps this body's position table (read lazily). */
    public void setPositionSource(Class<?> owner, String method) {
        this.positionsOwner = owner;
        this.positionsMethod = method;
    }

    /** The body's source positions ({@code co_positions()}); empty when the compiler recorded none. */
    public CodePositions positions() {
        CodePositions p = positions;
        if (p == null) {
            p = positionsOwner == null ? CodePositions.NONE : CodePositions.load(positionsOwner, positionsMethod);
            positions = p; // a race at worst reads the table twice
        }
        return p;
    }

    /** The line of a location recorded by generated code: itself, or its position entry's line. */
    public int lineOf(int location) {
        if (!CodePositions.isEntry(location)) return location;
        CodePositions p = positions();
        int entry = CodePositions.entryOf(location);
        return p.has(entry) ? p.line(entry) : firstlineno;
    }
}
