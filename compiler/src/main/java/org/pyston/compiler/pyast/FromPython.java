package org.pyston.compiler.pyast;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.container.PyTuple;
import org.pyston.builtins.exception.PyExceptions;
import org.pyston.builtins.number.PyBigInt;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyComplex;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyEllipsis;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.ops.AttributeOps;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.ops.TypeOps;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.ExprContext;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Span;

/**
 * {@code _ast} objects back to compiler records, for {@code compile(tree, filename, mode)}. Walks
 * the tree as CPython's {@code obj2ast_*} functions do and raises their errors for malformed trees:
 * a missing required field or attribute, a node of the wrong kind, a non-list where a list
 * belongs, a non-str identifier, a constant of a type no literal has. Columns are taken as given
 * (CPython's UTF-8 byte offsets); they only show in tracebacks.
 */
public final class FromPython {
    private FromPython() {}

    /** The module node for {@code mode} ("exec", "eval", "single"), or CPython's TypeError. */
    public static Mod convert(Object tree, String mode) {
        String expected = switch (mode) {
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            default -> "Module";
        };
        NodeSchema.NodeClass cls = AstTypes.current().nodeClassOf(tree);
        if (cls == null || !cls.name().equals(expected)) {
            throw PyExceptions.typeError("expected %s node, got %s", expected, TypeOps.typeName(tree));
        }
        return (Mod) node(tree, expected);
    }

    /** The record (or enum constant) for node {@code o}, which must be of ASDL type {@code type}. */
    private static Object node(Object o, String type) {
        if (o == PyNone.NONE) return null;
        NodeSchema.NodeClass expected = NodeSchema.CLASSES.get(type);
        boolean isSum = !NodeSchema.subclassesOf(type).isEmpty();
        Span span = null;
        if (!expected.attributes().isEmpty()) span = span(o, expected);
        NodeSchema.NodeClass cls = AstTypes.current().nodeClassOf(o);
        if (isSum) {
            if (cls == null || !cls.base().equals(type)) {
                throw PyExceptions.typeError("expected some sort of %s, but got %s", type, Repr.repr(o));
            }
        } else {
            cls = expected;
        }
        if (JavaNodes.ENUMS.containsKey(type)) return JavaNodes.enumConstant(type, cls.name());
        if (cls.attributes().size() > 0 && span == null) span = span(o, cls);
        Class<?> rc = JavaNodes.recordClass(cls.name());
        if (rc == null) {
            throw PyExceptions.notImplementedError("compile() of a %s node is not supported", cls.name());
        }
        JavaNodes.Shape shape = JavaNodes.shape(rc);
        RecordComponent[] comps = shape.components();
        Object[] args = new Object[comps.length];
        for (int i = 0; i < comps.length; i++) {
            String name = comps[i].getName();
            if (name.equals("span")) {
                args[i] = span;
                continue;
            }
            NodeSchema.Field f = field(cls, name);
            Object v = read(o, f, cls);
            args[i] = toJava(v, f, comps[i].getType(), cls, span);
        }
        if (cls.name().equals("Constant") && args[0] instanceof PyTuple t) {
            return tupleConstant(t, span);
        }
        return shape.construct(args);
    }

    private static NodeSchema.Field field(NodeSchema.NodeClass cls, String name) {
        for (NodeSchema.Field f : cls.fields()) {
            if (f.name().equals(name)) return f;
        }
        throw new IllegalStateException(cls.name() + " has no field " + name);
    }

    /** Field {@code f} of {@code o}: a missing required field is CPython's TypeError. */
    private static Object read(Object o, NodeSchema.Field f, NodeSchema.NodeClass owner) {
        Object v = AttributeOps.lookupAttr(o, f.name());
        if (v == null) {
            if (f.optional()) return PyNone.NONE;
            throw PyExceptions.typeError("required field \"%s\" missing from %s", f.name(), owner.name());
        }
        return v;
    }

    private static Span span(Object o, NodeSchema.NodeClass owner) {
        int[] pos = new int[4];
        String[] names = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
        for (int i = 0; i < 4; i++) {
            NodeSchema.Field f = owner.attributes().get(i);
            Object v = read(o, f, owner);
            pos[i] = v == PyNone.NONE ? (i == 2 ? pos[0] : pos[1]) : intValue(v);
        }
        return new Span(pos[0], pos[1], pos[2], pos[3]);
    }

    private static Object toJava(Object v, NodeSchema.Field f, Class<?> javaType, NodeSchema.NodeClass owner, Span span) {
        if (f.sequence()) {
            Object lst = PyInstance.unwrap(v);
            if (!(lst instanceof PyList l)) {
                throw PyExceptions.typeError("%s field \"%s\" must be a list, not a %s", owner.name(), f.name(), TypeOps.typeName(v));
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(single(l.get(i), f, owner, true));
            }
            return out;
        }
        Object j = single(v, f, owner, false);
        if (javaType == boolean.class) return j != null && ((Integer) j) != 0;
        if (javaType == int.class && j == null) return 0;
        return j;
    }

    private static Object single(Object v, NodeSchema.Field f, NodeSchema.NodeClass owner, boolean inList) {
        if (v == PyNone.NONE) {
            // kw_defaults and Dict.keys hold None entries; elsewhere a required field may not be None.
            if (!f.optional() && !inList && !f.type().equals("constant")) {
                throw PyExceptions.valueError("field '%s' is required for %s", f.name(), owner.name());
            }
            return f.type().equals("constant") ? ConstantValue.NONE : null;
        }
        return switch (f.type()) {
            case "identifier", "string" -> {
                if (!(PyInstance.unwrap(v) instanceof PyStr s)) {
                    throw PyExceptions.typeError(f.type().equals("identifier") ? "AST identifier must be of type str"
                            : "AST string must be of type str");
                }
                yield s.value();
            }
            case "int" -> intValue(v);
            case "constant" -> constant(v);
            default -> node(v, f.type());
        };
    }

    private static int intValue(Object v) {
        Object u = PyInstance.unwrap(v);
        if (u instanceof PyInt i && i.value == (int) i.value) return (int) i.value;
        if (u instanceof PyBool b) return b == PyBool.TRUE ? 1 : 0;
        throw PyExceptions.valueError("invalid integer value: %s", Repr.repr(v));
    }

    /** The compiler's form of a constant's value; tuples are handled by {@link #tupleConstant}. */
    private static Object constant(Object v) {
        if (v == PyNone.NONE) return ConstantValue.NONE;
        if (v == PyEllipsis.ELLIPSIS) return ConstantValue.ELLIPSIS;
        if (v instanceof PyBool b) return b == PyBool.TRUE;
        if (v instanceof PyInt i) return BigInteger.valueOf(i.value);
        if (v instanceof PyBigInt bi) return bi.value;
        if (v instanceof PyFloat d) return d.value;
        if (v instanceof PyStr s) return s.value();
        if (v instanceof PyBytes b) return b.value;
        if (v instanceof PyComplex c) {
            if (c.real == 0.0 && 1 / c.real > 0) return new ConstantValue.Imaginary(c.imag);
            throw PyExceptions.notImplementedError("compile() of a complex constant with a real part is not supported");
        }
        if (v instanceof PyTuple t) return t;
        if (v instanceof org.pyston.builtins.container.PyFrozenSet) {
            throw PyExceptions.notImplementedError("compile() of a frozenset constant is not supported");
        }
        throw PyExceptions.typeError("got an invalid type in Constant: %s", TypeOps.typeName(v));
    }

    /** A tuple constant (which only a built tree can hold) as the tuple display that makes it. */
    private static Expr tupleConstant(PyTuple t, Span span) {
        List<Expr> elts = new ArrayList<>();
        for (Object item : t.toArray()) {
            Object c = constant(item);
            elts.add(c instanceof PyTuple inner ? tupleConstant(inner, span) : new Expr.Constant(c, null, span));
        }
        return new Expr.Tuple(elts, ExprContext.Load, span);
    }
}
