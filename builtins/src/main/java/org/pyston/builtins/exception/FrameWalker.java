package org.pyston.builtins.exception;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.function.PyCode;

/**
 * Python frames read off the JVM stack ({@code sys._getframe}, {@code f_back}): frames are not
 * materialised on the fast path, so a frame object is made on demand from a JVM stack frame of a
 * generated body. A generated module class has a static {@code $globals} (the frame's globals);
 * its methods are mapped to code objects as their code constants are created
 * ({@link #register}); the current line is the JVM frame's line number (generated code carries
 * the Python line numbers).
 */
public final class FrameWalker {
    private FrameWalker() {}

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** Per generated class: method name to code object. */
    private static final ClassValue<Map<String, PyCode>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, PyCode> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Per class: its static {@code $globals} field, or null when it is not a generated module class. */
    private static final ClassValue<Field> GLOBALS = new ClassValue<>() {
        @Override
        protected Field computeValue(Class<?> type) {
            try {
                Field f = type.getDeclaredField("$globals");
                return Modifier.isStatic(f.getModifiers()) && f.getType() == PyDict.class ? f : null;
            } catch (NoSuchFieldException | SecurityException e) {
                return null;
            }
        }
    };

    /** The class each code object's body lives in (for the globals of traceback frames). */
    private static final Map<PyCode, Class<?>> OWNERS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Records that method {@code method} of {@code owner} is the body of {@code code}. */
    public static void register(Class<?> owner, String method, PyCode code) {
        CODES.get(owner).putIfAbsent(method, code);
        OWNERS.put(code, owner);
        BY_NAME.putIfAbsent(owner.getName(), new java.lang.ref.WeakReference<>(owner));
    }

    /** Generated classes with registered code, by name: to read another thread's stack trace. */
    private static final Map<String, java.lang.ref.WeakReference<Class<?>>> BY_NAME = new ConcurrentHashMap<>();

    /** One line of a traceback dump: file, line and function name of a Python frame. */
    public record Summary(String filename, int lineno, String name) {}

    /**
     * The Python frames of {@code thread}, innermost first (faulthandler's dumps). For the current
     * thread they are exact; for another thread they come from {@link Thread#getStackTrace}, which
     * names classes only, so a module body whose class holds no function is not listed.
     */
    public static List<Summary> summary(Thread thread) {
        List<Summary> out = new ArrayList<>();
        if (thread == Thread.currentThread()) {
            for (Entry e : pythonFrames()) {
                PyCode code = e.code() != null ? e.code() : moduleCode(e);
                out.add(new Summary(code.filename, e.lineno(), code.name));
            }
            return out;
        }
        for (StackTraceElement f : thread.getStackTrace()) {
            java.lang.ref.WeakReference<Class<?>> ref = BY_NAME.get(f.getClassName());
            Class<?> c = ref == null ? null : ref.get();
            if (c == null) {
                continue;
            }
            String m = f.getMethodName();
            PyCode code = codeOf(c, m);
            if (code == null && m.equals("module_body")) {
                PyDict globals = readGlobals(c);
                code = globals == null ? null : MODULE_CODES.computeIfAbsent(c, k -> makeModuleCode(k, globals));
            }
            if (code != null) {
                out.add(new Summary(code.filename, f.getLineNumber(), code.name));
            }
        }
        return out;
    }

    /** One Python frame found on the stack; {@code code} is null for a module body. */
    record Entry(Class<?> owner, PyCode code, int lineno, PyDict globals) {}

    /** The globals of the module whose class holds {@code code}'s body, or null when unknown. */
    static PyDict globalsOf(PyCode code) {
        Class<?> owner = code == null ? null : OWNERS.get(code);
        return owner == null ? null : readGlobals(owner);
    }

    private static PyDict readGlobals(Class<?> owner) {
        Field g = GLOBALS.get(owner);
        try {
            return g == null ? null : (PyDict) g.get(null);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** Code objects made on demand for module bodies (whose code constant is only made on an error). */
    private static final Map<Class<?>, PyCode> MODULE_CODES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static PyCode makeModuleCode(Class<?> type, PyDict globals) {
        Object file = globals.getStr("__file__");
        String filename = file instanceof org.pyston.builtins.text.PyStr f ? f.value() : "<string>";
        for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
            if (m.getName().equals("module_body") && Modifier.isStatic(m.getModifiers())) {
                try {
                    java.lang.invoke.MethodHandle h = java.lang.invoke.MethodHandles.publicLookup().unreflect(m);
                    return new PyCode("<module>", "<module>", filename, 1, new String[0], new String[0], new String[0],
                            m.getParameterCount(), 0, 0, 0, h);
                } catch (IllegalAccessException e) {
                    break;
                }
            }
        }
        throw PyExceptions.runtimeError("no code object for module frame of %s", type.getName());
    }

    /** The code of a module-body frame. */
    static PyCode moduleCode(Entry e) {
        return MODULE_CODES.computeIfAbsent(e.owner(), c -> makeModuleCode(c, e.globals()));
    }

    /** The Python frames of the current thread's stack, innermost first. */
    static List<Entry> pythonFrames() {
        return WALKER.walk(s -> {
            List<Entry> out = new ArrayList<>();
            s.forEach(f -> {
                Class<?> c = f.getDeclaringClass();
                Field g = GLOBALS.get(c);
                if (g == null) {
                    return;
                }
                String m = f.getMethodName();
                PyCode code = codeOf(c, m);
                if (code == null && !m.equals("module_body")) {
                    return; // a helper of a body split for size, or a static initializer
                }
                PyDict globals = readGlobals(c);
                if (globals != null) {
                    out.add(new Entry(c, code, f.getLineNumber(), globals));
                }
            });
            return out;
        });
    }

    private static PyCode codeOf(Class<?> c, String method) {
        Map<String, PyCode> codes = CODES.get(c);
        PyCode code = codes.get(method);
        if (code == null && method.endsWith("$gen")) {
            // the resumable body of a generator or coroutine shares its function's code
            code = codes.get(method.substring(0, method.length() - 4));
        }
        return code;
    }

    /** The globals of the innermost Python frame on the current thread's stack, or null when none. */
    public static PyDict callerGlobals() {
        List<Entry> frames = pythonFrames();
        return frames.isEmpty() ? null : frames.get(0).globals();
    }

    /**
     * Whether the innermost Python frame on the current thread's stack is a module body (whose
     * locals are its globals); false for a function frame or when there is none.
     */
    public static boolean callerIsModuleBody() {
        List<Entry> frames = pythonFrames();
        if (frames.isEmpty()) {
            return false;
        }
        PyCode code = frames.get(0).code();
        return code == null || code.name.equals("<module>");
    }

    /** {@code sys._getframe(depth)}: the frame {@code depth} calls above the caller. */
    public static PyFrame frame(int depth) {
        if (depth < 0) {
            depth = 0;
        }
        List<Entry> frames = pythonFrames();
        if (depth >= frames.size()) {
            throw PyExceptions.valueError("call stack is not deep enough");
        }
        return PyFrame.chain(frames, depth);
    }
}
