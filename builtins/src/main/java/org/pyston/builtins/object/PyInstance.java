package org.pyston.builtins.object;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.text.PyStr;

/**
 * An instance of a Python class (and of {@code object} itself). Attributes live in a slot array
 * laid out by a shared {@link Shape}; an inline cache guards on {@link #shape()} and reads
 * {@link #slot(int)}. A deleted attribute leaves its slot null (absent) without changing the shape.
 *
 * <p>When {@code __dict__} is asked for, the instance switches for good to dictionary mode: the
 * attributes move into a real {@link PyDict}, {@link #shape()} becomes null (so shape guards fail
 * and sites take the generic path), and the dict is the single store from then on — nothing to
 * keep in sync.
 *
 * <p>Thread safety: adding or deleting attributes is synchronized on the instance; reads are
 * lock-free and bounds-checked against the slot array they read.
 */
public final class PyInstance implements PyObject {
    private volatile PyType type;
    /** Layout of {@link #slots}; null once in dictionary mode. */
    private volatile Shape shape = Shape.EMPTY;
    private volatile Object[] slots = NO_SLOTS;
    private volatile PyDict dict;
    /** In dictionary mode: the {@code __slots__} values (hidden "\0name" keys), kept out of the dict. */
    private java.util.Map<String, Object> hidden;

    /**
     * For an instance of a Python subclass of a built-in type (int, str, list ...): the built-in
     * value the built-in's methods operate on (an exact instance of {@link PyType#builtinBase()});
     * null otherwise. Fixed at creation; a mutable value (list, dict) is mutated in place.
     */
    private final Object builtinValue;

    private static final Object[] NO_SLOTS = new Object[0];

    /** A new instance of {@code type} with no attributes. */
    public PyInstance(PyType type) {
        this.type = type;
        this.builtinValue = null;
    }

    /** A new instance of {@code type}, a subclass of a built-in type, wrapping {@code value}. */
    public PyInstance(PyType type, Object value) {
        this.type = type;
        this.builtinValue = value;
        if (value instanceof WrappedValue w) {
            w.wrappedBy(this);
        }
    }

    /** The wrapped built-in value (see {@link #builtinValue}), or null. */
    public Object builtinValue() {
        return builtinValue;
    }

    /**
     * {@code o} itself, or the built-in value it wraps when it is an instance of a Python subclass
     * of a built-in type: what Java code that accepts "an int" or "a dict" should look at, as
     * CPython's {@code PyLong_Check}/{@code PyDict_Check} accept subclasses.
     */
    public static Object unwrap(Object o) {
        if (o instanceof PyInstance i && i.builtinValue != null) {
            return i.builtinValue;
        }
        return o;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** Assigns {@code __class__}. */
    public void setType(PyType t) {
        this.type = t;
    }

    /** The current shape, or null in dictionary mode. */
    public Shape shape() {
        return shape;
    }

    /** The value in slot {@code i} of the current shape (null when deleted or out of range). */
    public Object slot(int i) {
        Object[] s = slots;
        return i < s.length ? s[i] : null;
    }

    /** Writes slot {@code i}; the caller has guarded that the shape has that slot. */
    public void setSlot(int i, Object v) {
        Object[] s = slots;
        if (i < s.length && shape != null) {
            s[i] = v;
        } else {
            synchronized (this) {
                setAttribute(shapeNameAt(i), v);
            }
        }
    }

    private String shapeNameAt(int i) {
        return shape.nameAt(i);
    }

    /** The instance attribute {@code name}, or null. */
    public Object getAttribute(String name) {
        Shape sh = shape;
        if (sh == null) {
            if (name.startsWith("\0")) {
                synchronized (this) {
                    return hidden == null ? null : hidden.get(name);
                }
            }
            return dict.getStr(name);
        }
        int i = sh.indexOf(name);
        if (i < 0) {
            return null;
        }
        Object[] s = slots;
        return i < s.length ? s[i] : null;
    }

    /** Sets instance attribute {@code name}. */
    public synchronized void setAttribute(String name, Object value) {
        Shape sh = shape;
        if (sh == null) {
            if (name.startsWith("\0")) {
                if (hidden == null) {
                    hidden = new java.util.HashMap<>();
                }
                hidden.put(name, value);
                return;
            }
            dict.putStr(name, value);
            return;
        }
        int i = sh.indexOf(name);
        if (i >= 0) {
            slots[i] = value;
            return;
        }
        Shape next = sh.withAttribute(name);
        Object[] s = slots;
        if (next.size() > s.length) {
            Object[] n = new Object[Math.max(4, s.length * 2)];
            System.arraycopy(s, 0, n, 0, s.length);
            s = n;
        }
        s[next.size() - 1] = value;
        slots = s;
        shape = next;
    }

    /**
     * Adds an attribute along a shape transition the caller computed once: {@code to} is
     * {@code from.withAttribute(name)} and the new attribute goes in its last slot. An inline
     * cache that guarded {@code shape() == from} calls this, so no name is looked up; if another
     * thread changed the shape meanwhile, it falls back to {@link #setAttribute}.
     */
    public synchronized void addAttribute(Shape from, Shape to, Object value) {
        if (shape != from) {
            setAttribute(to.nameAt(to.size() - 1), value);
            return;
        }
        int i = to.size() - 1;
        Object[] s = slots;
        if (i >= s.length) {
            Object[] grown = new Object[Math.max(4, s.length * 2)];
            System.arraycopy(s, 0, grown, 0, s.length);
            s = grown;
        }
        s[i] = value;
        slots = s;
        shape = to;
    }

    /** Deletes instance attribute {@code name}; false when it was absent. */
    public synchronized boolean deleteAttribute(String name) {
        Shape sh = shape;
        if (sh == null) {
            if (name.startsWith("\0")) {
                return hidden != null && hidden.remove(name) != null;
            }
            return dict.remove(PyStr.of(name)) != null;
        }
        int i = sh.indexOf(name);
        if (i < 0 || slots[i] == null) {
            return false;
        }
        slots[i] = null;
        return true;
    }

    /** {@code __dict__}: switches to dictionary mode on first call (see class comment). */
    public synchronized PyDict getDict() {
        if (shape != null) {
            PyDict d = new PyDict();
            Shape sh = shape;
            Object[] s = slots;
            for (int i = 0; i < sh.size(); i++) {
                if (i < s.length && s[i] != null) {
                    if (sh.nameAt(i).startsWith("\0")) {
                        if (hidden == null) {
                            hidden = new java.util.HashMap<>();
                        }
                        hidden.put(sh.nameAt(i), s[i]);
                    } else {
                        d.putStr(sh.nameAt(i), s[i]);
                    }
                }
            }
            dict = d;
            shape = null;
            slots = NO_SLOTS;
        }
        return dict;
    }

    /** Replaces {@code __dict__}. */
    public synchronized void setDict(PyDict d) {
        getDict();
        dict = d;
    }
}
