package org.pyston.compiler.pyast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.function.DeclarationScanner;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyMethod;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.IterOps;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The Python classes of the {@code _ast} module ({@code ast.AST} and every node class), made from
 * {@link NodeSchema} as ordinary classes over {@code object}: instances keep their fields in their
 * dict, and Python code can subclass them (ast.py's {@code Num}, {@code Str} ...). {@code AST}
 * carries CPython's constructor (positional fields in {@code _fields} order, then keywords) and
 * {@code __reduce__}.
 */
public final class AstTypes {
    /** {@code ast.AST}. */
    public final PyType ast;

    /** Every node class by its CPython name, in CPython's order. */
    public final Map<String, PyType> byName;

    /** The schema entry of each node class. */
    private final Map<PyType, NodeSchema.NodeClass> schema = new HashMap<>();

    /** The shared instance of each operator/context class ({@code Load()}, {@code Add()} ...), as CPython's. */
    private final Map<String, PyInstance> singletons = new java.util.concurrent.ConcurrentHashMap<>();

    private AstTypes() {
        ast = makeAst();
        Map<String, PyType> classes = new LinkedHashMap<>();
        classes.put("AST", ast);
        for (NodeSchema.NodeClass c : NodeSchema.CLASSES.values()) {
            PyType t = makeNodeClass(c, classes.get(c.base()));
            classes.put(c.name(), t);
            schema.put(t, c);
        }
        byName = java.util.Collections.unmodifiableMap(classes);
    }

    /**
     * The node classes of the running interpreter. Per interpreter, because Python code adds
     * subclasses and attributes to them (ast.py's {@code AugLoad}), which must not show in another.
     */
    public static AstTypes current() {
        return of(Interpreter.current());
    }

    /** The node classes of {@code interp}. */
    public static AstTypes of(Interpreter interp) {
        return interp.moduleState(AstTypes.class, AstTypes::new);
    }

    /** The class named {@code name} (as in CPython). */
    public PyType get(String name) {
        PyType t = byName.get(name);
        if (t == null) throw new IllegalArgumentException("no AST class " + name);
        return t;
    }

    /**
     * The node class that {@code o} is an instance of: its own class, or for an instance of a Python
     * subclass (ast.py's {@code Num}) the nearest node class in its MRO; null when {@code o} is no node.
     */
    public NodeSchema.NodeClass nodeClassOf(Object o) {
        PyType t = TypeOps.typeOf(o);
        NodeSchema.NodeClass c = schema.get(t);
        if (c != null) return c;
        for (PyType m : t.getMro()) {
            c = schema.get(m);
            if (c != null) return c;
        }
        return null;
    }

    /** Whether {@code o} is an instance of {@code ast.AST}. */
    public boolean isNode(Object o) {
        return TypeOps.typeOf(o).isSubtype(ast);
    }

    /** A new instance of node class {@code name} with no attributes set. */
    public PyInstance newNode(String name) {
        return new PyInstance(get(name));
    }

    /** The shared instance of a field-less class such as {@code Load} or {@code Add}. */
    public PyInstance singleton(String name) {
        return singletons.computeIfAbsent(name, this::newNode);
    }

    private static PyType makeAst() {
        PyDict ns = namespace("AST", null);
        ns.putStr("_fields", PyTuple.EMPTY);
        ns.putStr("_attributes", PyTuple.EMPTY);
        ns.putStr("__match_args__", PyTuple.EMPTY);
        PyType t = PyType.newClass("AST", PyTuple.of(PyType.OBJECT), ns);
        Map<String, Object> methods = new HashMap<>();
        DeclarationScanner.scanType(t, AstTypes.class, methods);
        methods.forEach((k, v) -> AttributeOps.setAttr(t, k, v));
        return t;
    }

    private static PyType makeNodeClass(NodeSchema.NodeClass c, PyType base) {
        PyDict ns = namespace(c.name(), doc(c));
        PyTuple fields = names(c.fields());
        ns.putStr("_fields", fields);
        ns.putStr("__match_args__", fields);
        if (!c.attributes().isEmpty() || c.base().equals("AST")) {
            ns.putStr("_attributes", names(c.attributes()));
        }
        // CPython makes optional fields and attributes default to None at class level.
        for (NodeSchema.Field f : c.attributes()) {
            if (f.optional()) ns.putStr(f.name(), PyNone.NONE);
        }
        for (NodeSchema.Field f : c.fields()) {
            if (f.optional()) ns.putStr(f.name(), PyNone.NONE);
        }
        return PyType.newClass(c.name(), PyTuple.of(base), ns);
    }

    private static PyDict namespace(String name, String doc) {
        PyDict ns = new PyDict();
        ns.putStr("__module__", PyStr.of("ast"));
        ns.putStr("__qualname__", PyStr.of(name));
        ns.putStr("__doc__", doc == null ? PyNone.NONE : PyStr.of(doc));
        return ns;
    }

    /** CPython's docstring: the signature, or for an abstract class the alternatives it stands for. */
    private static String doc(NodeSchema.NodeClass c) {
        List<NodeSchema.NodeClass> subs = NodeSchema.subclassesOf(c.name());
        if (subs.isEmpty()) return c.signature();
        StringBuilder sb = new StringBuilder(c.name()).append(" = ");
        String sep = "\n" + " ".repeat(c.name().length() + 1) + "| ";
        boolean simple = subs.stream().allMatch(s -> s.fields().isEmpty());
        for (int i = 0; i < subs.size(); i++) {
            if (i > 0) sb.append(simple ? " | " : sep);
            sb.append(subs.get(i).signature());
        }
        return sb.toString();
    }

    private static PyTuple names(List<NodeSchema.Field> fs) {
        List<Object> out = new ArrayList<>();
        for (NodeSchema.Field f : fs) out.add(PyStr.of(f.name()));
        return PyTuple.of(out.toArray());
    }

    // ---------------------------------------------------------------- AST's methods

    /** {@code AST.__init__(*args, **kwargs)}: positional arguments fill {@code _fields} in order. */
    @PyMethod(name = "__init__", general = true)
    public static Object init(Object self, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object fieldsObj = AttributeOps.lookupAttr(TypeOps.typeOf(self), "_fields");
        Object[] fields = fieldsObj == null ? new Object[0] : IterOps.toArray(fieldsObj);
        String typeName = TypeOps.typeOf(self).getName();
        if (npos > fields.length) {
            throw PyExceptions.typeError("%s constructor takes at most %d positional argument%s",
                    typeName, fields.length, fields.length == 1 ? "" : "s");
        }
        for (int i = 0; i < npos; i++) {
            AttributeOps.setAttr(self, fieldName(fields[i]), args[i]);
        }
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            for (int i = 0; i < npos; i++) {
                if (fieldName(fields[i]).equals(key)) {
                    throw PyExceptions.typeError("%s got multiple values for argument '%s'", typeName, key);
                }
            }
            AttributeOps.setAttr(self, key, args[npos + k]);
        }
        return PyNone.NONE;
    }

    private static String fieldName(Object f) {
        if (f instanceof PyStr s) return s.value();
        throw PyExceptions.typeError("attribute name must be string, not '%s'", TypeOps.typeName(f));
    }

    /** {@code AST.__reduce__()}: the class, no arguments, and the instance dict as state. */
    @PyMethod(name = "__reduce__")
    public static Object reduce(Object self) {
        Object d = AttributeOps.lookupAttr(self, "__dict__");
        if (d == null) return PyTuple.of(TypeOps.typeOf(self), PyTuple.EMPTY);
        return PyTuple.of(TypeOps.typeOf(self), PyTuple.EMPTY, d);
    }
}
