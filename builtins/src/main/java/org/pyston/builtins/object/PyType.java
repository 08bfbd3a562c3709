package org.pyston.builtins.object;

import org.pyston.builtins.runtime.Assumption;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;

/**
 * Python's {@code type}: a class object. Holds the name, bases, the C3 method resolution order and
 * the class dictionary, and the validity tokens inline caches guard on.
 *
 * <p>Built-in types are created once per JVM, in the static initializer of their data class, and
 * are shared by every {@code Interpreter}: they are immutable to Python code (setting an attribute
 * raises {@code TypeError}), so sharing them leaks nothing between interpreters. Their methods are
 * declared with {@link PyMethod}/{@link PyGetter} on a methods class and scanned lazily on first
 * use of the dictionary. Classes created at run time ({@link #newClass}) belong to the interpreter
 * whose code created them and are reachable only through its objects.
 *
 * <p>Invalidation: {@link #assumptionFor(String)} gives an {@link Assumption} per attribute name,
 * invalidated (and replaced) when that name is set or deleted on this type or on any type in its
 * MRO; every type registers weakly with its bases so that a change to a base reaches subclasses.
 * {@link #version()} is bumped on every such change, for caches that prefer a tag compare. A new
 * MRO ({@code __bases__} assignment) invalidates every name of the class and of its subclasses.
 *
 * <p>Thread safety: the dictionary is copy-on-write (writes are rare and synchronized on the type,
 * reads are lock-free over an immutable snapshot).
 */
public class PyType implements PyObject, org.pyston.builtins.ops.SlotDispatched {
    /** How instances of a type are laid out in Java: which Java class holds them. */
    public enum Layout {
        /** A built-in type whose instances are its own Java class (int, list, ...). */
        BUILTIN,
        /** Instances are {@link PyInstance} (object and plain Python classes). */
        INSTANCE,
        /** Instances are {@code PyBaseException} (the exception hierarchy and its Python subclasses). */
        EXCEPTION
    }

    /** Python's {@code object}: root of every MRO. */
    public static final PyType OBJECT = new PyType("object", "builtins", PyInstance.class, Layout.INSTANCE,
            org.pyston.builtins.object.ObjectMethods.class, new PyType[0], true, true);
    /** Python's {@code type}. */
    public static final PyType TYPE = new PyType("type", "builtins", PyType.class, Layout.BUILTIN,
            org.pyston.builtins.object.TypeMethods.class, new PyType[] {OBJECT}, true, true);


    private volatile String name;
    private volatile String qualname;
    /** {@code __bases__}; replaced (never mutated) only by {@code __bases__} assignment. */
    private volatile PyType[] bases;
    /** {@code __mro__}; replaced (never mutated) when the bases of this class or of one in it change. */
    private volatile PyType[] mro;
    /** The Java class of (most) instances; for int also PyBigInt and PyBool subclasses exist. */
    private final Class<?> instanceClass;
    private final Layout layout;
    /** True for types defined in Java; they are immutable to Python code. */
    private final boolean builtin;
    /** False when Python code may not subclass this type (bool, NoneType, function ...). */
    private final boolean baseType;
    /** The methods class(es) scanned lazily into {@link #dict}; null once scanned. */
    private volatile Class<?>[] pendingDeclarations;
    /**
     * Declarations that only fill names the type's own declarations leave undefined (see
     * {@link #addDefaultDeclarations}); scanned after {@link #pendingDeclarations}; null when none.
     */
    private Class<?>[] pendingDefaults;
    /** Copy-on-write class dictionary, insertion ordered; replaced, never mutated, once published. */
    private volatile Map<String, Object> dict;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    private final ConcurrentHashMap<String, Assumption> assumptions = new ConcurrentHashMap<>();
    private volatile int version;

    /** The metaclass ({@code type(cls)}); {@code type} itself for built-in types and plain classes. */
    private final PyType metatype;
    /**
     * For a Python subclass of a built-in type other than object, type and the exceptions (int,
     * str, list, dict ...): that built-in type. Its instances are {@link PyInstance}s holding a
     * value of this type ({@link PyInstance#builtinValue()}); null otherwise.
     */
    private final PyType builtinBase;

    /**
     * False when instances have no {@code __dict__} (every Python class of the MRO declares
     * {@code __slots__} without "__dict__"): assigning an undeclared attribute is then an error.
     */
    private volatile boolean instanceDict = true;

    /** CPython's {@code Py_TPFLAGS_SEQUENCE}: instances match sequence patterns. */
    public static final int SEQUENCE_FLAG = 1 << 5;
    /** CPython's {@code Py_TPFLAGS_MAPPING}: instances match mapping patterns. */
    public static final int MAPPING_FLAG = 1 << 6;
    private static final int COLLECTION_FLAGS = SEQUENCE_FLAG | MAPPING_FLAG;

    /**
     * {@link #SEQUENCE_FLAG}, {@link #MAPPING_FLAG} or 0 (never both): what a match statement's
     * sequence and mapping patterns test. Set on the built-in collections, inherited at creation
     * from the first type of the MRO that has one (as CPython's inherit_patma_flags), set on an ABC
     * from its {@code __abc_tpflags__} and on a class registered with one (and its subclasses).
     */
    private volatile int collectionFlags;

    /** The module named at creation; what a built-in type reports even when its dict's {@code __module__} is a descriptor (as {@code type}'s is). */
    private final String declaredModule;

    private PyType(String name, String module, Class<?> instanceClass, Layout layout, Class<?> methods,
                   PyType[] bases, boolean builtin, boolean baseType) {
        this(name, module, instanceClass, layout, methods, bases, builtin, baseType, null, null);
    }

    private PyType(String name, String module, Class<?> instanceClass, Layout layout, Class<?> methods,
                   PyType[] bases, boolean builtin, boolean baseType, PyType metatype, PyType builtinBase) {
        this.metatype = metatype;
        this.builtinBase = builtinBase;
        this.name = name;
        this.qualname = name;
        this.instanceClass = instanceClass;
        this.layout = layout;
        this.bases = bases;
        this.builtin = builtin;
        this.baseType = baseType;
        this.pendingDeclarations = methods == null ? null : new Class<?>[] {methods};
        this.declaredModule = module;
        Map<String, Object> d = new LinkedHashMap<>();
        if (!builtin) {
            // static (built-in) types answer __module__ from their declaration, as CPython's tp_name
            d.put("__module__", module);
        }
        this.dict = d;
        boolean incomplete = false;
        for (PyType b : bases) {
            incomplete |= b.mroUnset;
        }
        // a base whose first MRO is still being computed: this class's MRO is left to its
        // metaclass's mro(), or to the "incomplete type" error (TypeMro.applyCustom)
        this.mro = incomplete ? new PyType[0] : computeMro(this, bases);
        this.mroUnset = incomplete;
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        for (int i = 1; i < mro.length; i++) {
            int f = mro[i].collectionFlags;
            if (f != 0) {
                this.collectionFlags = f;
                break;
            }
        }
    }

    /**
     * Whether this built-in type's {@code __new__} refuses keyword arguments only for itself and for
     * subclasses that keep its {@code __init__} (CPython's {@code _PyArg_NoKeywords} test in
     * {@code map_new}, {@code filter_new} ...): a subclass overriding {@code __init__} takes its own
     * keywords there, and {@code __new__} does not see them. Set once, while setting the type up.
     */
    private boolean newIgnoresKeywordsForInit;

    /** Sets {@link #newIgnoresKeywordsForInit}; only while setting the type up. */
    public PyType withNewIgnoringKeywordsForInit() {
        this.newIgnoresKeywordsForInit = true;
        return this;
    }

    /** See {@link #newIgnoresKeywordsForInit}. */
    public boolean newIgnoresKeywordsForInit() {
        return newIgnoresKeywordsForInit;
    }

    /** Marks a built-in type as a sequence or mapping for pattern matching; only while setting it up. */
    public PyType withCollectionFlag(int flag) {
        this.collectionFlags = flag & COLLECTION_FLAGS;
        return this;
    }

    /** {@link #SEQUENCE_FLAG}, {@link #MAPPING_FLAG} or 0. */
    public int collectionFlags() {
        return collectionFlags;
    }

    /** An ABC's {@code __abc_tpflags__}: replaces this class's collection flag. */
    public void setCollectionFlags(int flags) {
        if (!builtin) {
            collectionFlags = flags & COLLECTION_FLAGS;
        }
    }

    /**
     * Registration with an ABC that has a collection flag: sets it on this class and on its
     * subclasses, stopping at built-in types and at classes that already have it (CPython's
     * _PyType_SetFlagsRecursive).
     */
    public void setCollectionFlagsRecursive(int flags) {
        int f = flags & COLLECTION_FLAGS;
        if (builtin || collectionFlags == f) {
            return;
        }
        collectionFlags = f;
        for (PyType sub : subclasses()) {
            sub.setCollectionFlagsRecursive(f);
        }
    }

    /**
     * Creates a built-in type. Called from the static initializer of the data class.
     *
     * @param methods the class whose {@link PyMethod}/{@link PyGetter} declarations become the
     *     type's attributes (may be null)
     * @param baseType whether Python code may subclass it
     */
    public static PyType builtin(String name, Class<?> instanceClass, Class<?> methods, boolean baseType,
                                 PyType... bases) {
        PyType[] b = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        Layout layout = Layout.BUILTIN;
        for (PyType t : b) {
            if (t.layout == Layout.EXCEPTION) {
                layout = Layout.EXCEPTION;
            }
        }
        if (name.equals("BaseException")) {
            layout = Layout.EXCEPTION;
        }
        return new PyType(name, "builtins", instanceClass, layout, methods, b, true, baseType);
    }

    /** Like {@link #builtin} but with the module name shown in repr (e.g. "sys"). */
    public static PyType builtinInModule(String name, String module, Class<?> instanceClass, Class<?> methods,
                                         PyType... bases) {
        return builtinInModule(name, module, instanceClass, methods, false, bases);
    }

    /**
     * A built-in type defined by a Java module ({@code collections.deque}): shown with its module in
     * repr, and (unlike {@link #builtinInModule}) subclassable by Python code.
     */
    public static PyType builtinSubclassableInModule(String name, String module, Class<?> instanceClass,
                                                     Class<?> methods, PyType... bases) {
        PyType[] b = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        Layout layout = Layout.BUILTIN;
        for (PyType t : b) {
            if (t.layout == Layout.EXCEPTION) {
                layout = Layout.EXCEPTION;
            }
        }
        return new PyType(name, module, instanceClass, layout, methods, b, true, true);
    }

    /**
     * A built-in type of module {@code module} (e.g. {@code _io.StringIO}) that Python code may
     * subclass when {@code baseType}; exception layout when a base is an exception type.
     */
    public static PyType builtinInModule(String name, String module, Class<?> instanceClass, Class<?> methods,
                                         boolean baseType, PyType... bases) {
        PyType[] b = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        Layout layout = Layout.BUILTIN;
        for (PyType t : b) {
            if (t.layout == Layout.EXCEPTION) {
                layout = Layout.EXCEPTION;
            }
        }
        return new PyType(name, module, instanceClass, layout, methods, b, true, baseType);
    }

    /**
     * Internal constructor for classes created by Python code.
     *
     * @param instanceClass the Java class of the instances (PyInstance, PyBaseException or PyType)
     * @param builtinBase the wrapped built-in type (see {@link #builtinBase()}), or null
     */
    static PyType userClass(PyType metatype, String name, String module, PyType[] bases, Layout layout,
                            Class<?> instanceClass, PyType builtinBase, Map<String, Object> ns, String qualname) {
        PyType t = new PyType(name, module, instanceClass, layout, null, bases, false, true,
                metatype == TYPE ? null : metatype, builtinBase);
        Map<String, Object> d = new LinkedHashMap<>(ns);
        d.putIfAbsent("__module__", module);
        t.dict = d;
        t.qualname = qualname;
        return t;
    }

    /**
     * Creates a class at run time: what the compiler calls after running a class body, and
     * 3-argument {@code type()}. See {@link ClassBuilder}.
     */
    public static PyType newClass(String name, org.pyston.builtins.container.PyTuple bases,
                                  org.pyston.builtins.container.PyDict namespace) {
        return ClassBuilder.newClass(name, bases, namespace);
    }

    // ---- identity and structure -------------------------------------------------------------

    @Override
    public PyType getType() {
        PyType m = metatype;
        return m == null ? TYPE : m;
    }

    /**
     * False when instances cannot be weakly referenced: a class whose MRO's {@code __slots__}
     * leave out "__weakref__" (only consulted for instances of Python classes).
     */
    private volatile boolean instanceWeakref = true;

    /** True when instances of this (Python) class may be weakly referenced. */
    public boolean hasInstanceWeakref() {
        return instanceWeakref && this != OBJECT;
    }

    void setInstanceWeakref(boolean v) {
        instanceWeakref = v;
    }

    /**
     * Replaces the dictionary of a class being created (before Python code sees it) by
     * {@code d}: what {@link SlotsLayout#finish} builds in CPython's order.
     */
    synchronized void replaceDictForLayout(Map<String, Object> d) {
        dict = new LinkedHashMap<>(d);
    }

    /** True when instances of this class may hold arbitrary attributes (see {@link #instanceDict}). */
    public boolean hasInstanceDict() {
        return instanceDict;
    }

    void setInstanceDict(boolean v) {
        instanceDict = v;
    }

    /** Puts a {@code __slots__} member descriptor into the dictionary of a class being created. */
    synchronized void setSlotMember(String name, Object descriptor) {
        Map<String, Object> d = new LinkedHashMap<>(dict());
        d.put(name, descriptor);
        dict = d;
    }

    /** The built-in type whose value instances of this class wrap (int for {@code class I(int)}), or null. */
    public PyType builtinBase() {
        return builtinBase;
    }

    /** {@code __name__}. */
    public String getName() {
        return name;
    }

    /** Set for a Python class standing in for a C type (see {@link #markStaticNamed}). */
    private volatile boolean staticNamed;

    /**
     * Names this Python class as CPython names a static type, "module.name": our Python stand-ins
     * for C modules use it so that messages about their objects read as CPython's
     * ({@code 'itertools.count' object is not subscriptable}).
     */
    public void markStaticNamed() {
        staticNamed = true;
    }

    /**
     * CPython's {@code tp_name}, which messages about an object's type quote: "module.name" for a
     * built-in type defined by a module other than builtins ({@code collections.deque},
     * {@code _io.StringIO}) and for a marked stand-in class; {@code __name__} otherwise.
     */
    public String tpName() {
        if (builtin) {
            String m = declaredModule;
            return m == null || m.equals("builtins") ? name : m + "." + name;
        }
        return staticNamed ? getModule() + "." + name : name;
    }

    /** {@code __qualname__}. */
    public String getQualname() {
        return qualname;
    }

    /** Sets {@code __name__} (only for classes created by Python code). */
    public void setName(String n) {
        checkMutable("__name__");
        this.name = n;
    }

    /** Sets {@code __qualname__} (only for classes created by Python code). */
    public void setQualname(String n) {
        checkMutable("__qualname__");
        this.qualname = n;
    }

    /** {@code __module__} as a string ("builtins" for built-in types). */
    public String getModule() {
        Object m = lookupLocal("__module__");
        if (m instanceof String s) {
            return s;
        }
        if (m instanceof org.pyston.builtins.text.PyStr ps) {
            return ps.value();
        }
        if (m == null || builtin) {
            return declaredModule == null ? "builtins" : declaredModule;
        }
        return org.pyston.builtins.ops.Repr.str(m);
    }

    /** {@code __bases__}, direct bases in declaration order (a copy). */
    public PyType[] getBases() {
        return bases.clone();
    }

    /** {@code __mro__}: this type first, then C3 linearisation of the bases (a copy). */
    public PyType[] getMro() {
        return mro.clone();
    }

    /** The first base (CPython's {@code tp_base} approximately), null for object. */
    public PyType getBase() {
        return bases.length == 0 ? null : bases[0];
    }

    /** The Java class instances of this type are made of. */
    public Class<?> instanceClass() {
        return instanceClass;
    }

    /** How instances of this type are laid out in Java. */
    public Layout layout() {
        return layout;
    }

    /** True for a type defined in Java (immutable to Python code, shared by interpreters). */
    public boolean isBuiltin() {
        return builtin;
    }

    /** True when Python code may subclass this type. */
    public boolean isBaseType() {
        return baseType;
    }

    /** True when this type is {@code other} or a subclass of it. */
    public boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    // ---- attributes ---------------------------------------------------------------------------

    private Map<String, Object> dict() {
        Map<String, Object> d = dict;
        if (pendingDeclarations != null) {
            d = loadDeclarations();
        }
        return d;
    }

    private synchronized Map<String, Object> loadDeclarations() {
        Class<?>[] pending = pendingDeclarations;
        if (pending == null) {
            return dict;
        }
        Map<String, Object> d = new LinkedHashMap<>(dict);
        for (Class<?> c : pending) {
            DeclarationScanner.scanType(this, c, d);
        }
        if (pendingDefaults != null) {
            for (Class<?> c : pendingDefaults) {
                scanDefaults(c, d);
            }
            pendingDefaults = null;
        }
        if (builtin && instanceClass != PyType.class) {
            // every built-in type has a __doc__ (instances read it through the type); ours are empty.
            // Not type's own: there it would read as a read-only attribute of every class
            d.putIfAbsent("__doc__", PyNone.NONE);
        }
        dict = d;
        pendingDeclarations = null;
        return d;
    }

    private void scanDefaults(Class<?> methods, Map<String, Object> d) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        DeclarationScanner.scanType(this, methods, defaults);
        defaults.forEach(d::putIfAbsent);
    }

    /**
     * Adds declarations for the names this type does not define itself (a {@code __class_getitem__}
     * shared by the generic containers); only during start-up. Lazy like the type's own
     * declarations: deciding "not defined" must not scan the type's methods at start-up.
     */
    public synchronized void addDefaultDeclarations(Class<?> methods) {
        if (pendingDeclarations == null) {
            Map<String, Object> d = new LinkedHashMap<>(dict);
            scanDefaults(methods, d);
            dict = d;
        } else {
            Class<?>[] p = pendingDefaults == null ? new Class<?>[1]
                    : java.util.Arrays.copyOf(pendingDefaults, pendingDefaults.length + 1);
            p[p.length - 1] = methods;
            pendingDefaults = p;
        }
    }

    /**
     * Adds a class attribute that is a plain value ({@code Token.MISSING}) to a built-in type;
     * like {@link #addDeclarations}, only while setting the type up, before Python code sees it.
     */
    public synchronized void addConstant(String name, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(dict);
        d.put(name, value);
        dict = d;
    }

    /**
     * Adds more declarations to a built-in type (for a type whose methods live in several classes);
     * only during start-up, before Python code sees the type.
     */
    public synchronized void addDeclarations(Class<?> methods) {
        if (pendingDeclarations == null) {
            Map<String, Object> d = new LinkedHashMap<>(dict);
            DeclarationScanner.scanType(this, methods, d);
            dict = d;
        } else {
            Class<?>[] p = java.util.Arrays.copyOf(pendingDeclarations, pendingDeclarations.length + 1);
            p[p.length - 1] = methods;
            pendingDeclarations = p;
        }
    }

    /** The attribute {@code name} of this type itself (not its bases), or null. */
    public Object lookupLocal(String name) {
        return dict().get(name);
    }

    /** Looks {@code name} up along the MRO: the first type whose dictionary has it wins; null if none. */
    public Object lookup(String name) {
        for (PyType t : mro) {
            Object v = t.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The type in the MRO whose dictionary defines {@code name}, or null. */
    public PyType lookupOwner(String name) {
        for (PyType t : mro) {
            if (t.dict().containsKey(name)) {
                return t;
            }
        }
        return null;
    }

    /** An unmodifiable snapshot of this type's own dictionary, in definition order. */
    public Map<String, Object> dictSnapshot() {
        return Collections.unmodifiableMap(dict());
    }

    /**
     * Sets a class attribute from Python code ({@code C.x = v}); {@code value} null deletes.
     *
     * @return false when deleting a name that is absent
     * @throws org.pyston.builtins.exception.PyBaseException TypeError for a built-in type
     */
    public boolean setAttribute(String name, Object value) {
        checkMutable(name);
        synchronized (this) {
            Map<String, Object> d = new LinkedHashMap<>(dict());
            if (value == null) {
                if (d.remove(name) == null) {
                    return false;
                }
            } else {
                d.put(name, value);
            }
            dict = d;
        }
        invalidate(name);
        return true;
    }

    private void checkMutable(String attr) {
        if (builtin) {
            throw PyExceptions.typeError("cannot set '%s' attribute of immutable type '%s'", attr, name);
        }
    }

    // ---- inline-cache validity --------------------------------------------------------------

    /**
     * The token an inline cache guards on for attribute {@code name} looked up on this type; it is
     * invalidated when {@code name} changes here or anywhere in the MRO. Created lazily.
     */
    public Assumption assumptionFor(String name) {
        if (builtin) {
            return Assumption.ALWAYS_VALID;
        }
        return assumptions.computeIfAbsent(name, k -> new Assumption());
    }

    /** Bumped on every change of an attribute of this type or of a type in its MRO. */
    public int version() {
        return version;
    }

    private void invalidate(String attr) {
        version++;
        Assumption a = assumptions.remove(attr);
        if (a != null) {
            a.invalidate();
        }
        for (PyType sub : subclasses()) {
            sub.invalidate(attr);
        }
    }

    /**
     * After this class's MRO changed: every token of this class and of its subclasses is
     * invalidated, whatever the name, since any lookup may now find another definition.
     */
    void invalidateAll() {
        version++;
        for (String k : new ArrayList<>(assumptions.keySet())) {
            Assumption a = assumptions.remove(k);
            if (a != null) {
                a.invalidate();
            }
        }
        for (PyType sub : subclasses()) {
            sub.invalidateAll();
        }
    }

    /** {@code __bases__} assignment (checked by the caller): re-registers with the bases. */
    void replaceBases(PyType[] newBases) {
        for (PyType b : bases) {
            b.removeSubclass(this);
        }
        bases = newBases.clone();
        for (PyType b : newBases) {
            b.addSubclass(this);
        }
    }

    /** A new {@code __mro__} (from {@link TypeMro}); the caller invalidates caches. */
    void replaceMro(PyType[] newMro) {
        mro = newMro.clone();
        mroUnset = false;
    }

    /**
     * True while a metaclass's {@code mro()} computes the first MRO of a class being created:
     * {@code __mro__} is then None and lookups on the class find nothing, as in CPython.
     */
    private volatile boolean mroUnset;

    /** Empties the MRO until {@link #replaceMro} (see {@link #isMroUnset()}). */
    void unsetMro() {
        mro = new PyType[0];
        mroUnset = true;
    }

    public boolean isMroUnset() {
        return mroUnset;
    }

    /** The current bases array itself (never mutated): compared by identity to detect a reentrant change. */
    PyType[] rawBases() {
        return bases;
    }

    /** The current MRO array itself (never mutated): compared by identity to detect a reentrant change. */
    PyType[] rawMro() {
        return mro;
    }

    /** CPython's default {@code type.mro()}: the C3 linearisation over the current bases. */
    public PyType[] c3Mro() {
        return computeMro(this, bases);
    }

    private synchronized void removeSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null || r.get() == sub);
    }

    private synchronized void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new WeakReference<>(sub));
    }

    /** The live direct subclasses ({@code __subclasses__()}). */
    public synchronized List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- MRO ------------------------------------------------------------------------------------

    private static PyType[] computeMro(PyType self, PyType[] bases) {
        for (PyType b : bases) {
            if (b.mroUnset) {
                throw PyExceptions.typeError("Cannot extend an incomplete type '%s'", b.name);
            }
        }
        if (bases.length == 0) {
            return new PyType[] {self};
        }
        if (bases.length == 1) {
            PyType[] bm = bases[0].mro;
            PyType[] m = new PyType[bm.length + 1];
            m[0] = self;
            System.arraycopy(bm, 0, m, 1, bm.length);
            return m;
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) {
                    throw PyExceptions.typeError("duplicate base class %s", bases[i].name);
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // CPython names the distinct heads of the sequences still to merge
                StringBuilder sb = new StringBuilder();
                List<PyType> seen = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    if (seen.contains(head)) {
                        continue;
                    }
                    seen.add(head);
                    if (sb.length() > 0) {
                        sb.append(", ");
                    }
                    sb.append(head.name);
                }
                throw PyExceptions.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", sb);
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<class '" + (builtin && getModule().equals("builtins") ? name : getModule() + "." + qualname) + "'>";
    }
}
