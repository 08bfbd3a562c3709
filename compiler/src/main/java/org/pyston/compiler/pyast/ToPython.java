package org.pyston.compiler.pyast;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pyston.builtins.container.PyList;
import org.pyston.builtins.number.PyBool;
import org.pyston.builtins.number.PyComplex;
import org.pyston.builtins.number.PyFloat;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyEllipsis;
import org.pyston.builtins.object.PyInstance;
import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.text.PyBytes;
import org.pyston.builtins.text.PyStr;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Node;
import org.pyston.compiler.ast.Span;

/**
 * Compiler AST records to {@code _ast} objects ({@code ast.parse}). Positions become CPython's:
 * our columns count code points, CPython's count UTF-8 bytes of the line, so columns on non-ASCII
 * lines are converted with the source text. Operator and context nodes are shared singletons,
 * as CPython's are.
 */
public final class ToPython {
    private final String[] lines;
    private final AstTypes types = AstTypes.current();

    private ToPython(String source) {
        this.lines = source == null ? new String[0] : source.split("\r\n|\r|\n", -1);
    }

    /** The {@code _ast} object for the tree {@code mod} parsed from {@code source}. */
    public static Object convert(Object mod, String source) {
        return new ToPython(source).node(mod);
    }

    private Object node(Object rec) {
        if (rec == null) return PyNone.NONE;
        if (rec instanceof Enum<?> e) {
            return types.singleton(e.name());
        }
        String name = JavaNodes.pythonName(rec);
        NodeSchema.NodeClass cls = NodeSchema.CLASSES.get(name);
        JavaNodes.Shape shape = JavaNodes.shape(rec.getClass());
        PyInstance out = types.newNode(name);
        for (NodeSchema.Field f : cls.fields()) {
            Object v = shape.component(rec, f.name());
            out.setAttribute(f.name(), v == JavaNodes.MISSING ? (f.sequence() ? PyList.of() : PyNone.NONE) : value(v, f));
        }
        if (rec instanceof Node n) setPosition(out, n.span());
        return out;
    }

    private void setPosition(PyInstance out, Span s) {
        out.setAttribute("lineno", PyInt.valueOf(s.lineno()));
        out.setAttribute("col_offset", PyInt.valueOf(byteColumn(s.lineno(), s.col_offset())));
        out.setAttribute("end_lineno", PyInt.valueOf(s.end_lineno()));
        out.setAttribute("end_col_offset", PyInt.valueOf(byteColumn(s.end_lineno(), s.end_col_offset())));
    }

    /** The UTF-8 byte offset of code-point column {@code col} on line {@code lineno}. */
    private int byteColumn(int lineno, int col) {
        if (lineno < 1 || lineno > lines.length) return col;
        String line = lines[lineno - 1];
        int end = 0;
        for (int i = 0; i < col && end < line.length(); i++) end = line.offsetByCodePoints(end, 1);
        String prefix = line.substring(0, end);
        boolean ascii = prefix.chars().allMatch(ch -> ch < 0x80);
        return ascii ? col : prefix.getBytes(StandardCharsets.UTF_8).length + (col - prefix.codePointCount(0, prefix.length()));
    }

    private Object value(Object v, NodeSchema.Field f) {
        if (f.sequence()) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) v) items.add(single(item, f));
            return PyList.of(items.toArray());
        }
        return single(v, f);
    }

    private Object single(Object v, NodeSchema.Field f) {
        if (v == null) return PyNone.NONE;
        return switch (f.type()) {
            case "identifier", "string" -> PyStr.of((String) v);
            case "int" -> v instanceof Boolean b ? PyInt.valueOf(b ? 1 : 0) : PyInt.valueOf(((Number) v).longValue());
            case "constant" -> constant(v);
            default -> node(v);
        };
    }

    /** The Python value of a constant as the compiler keeps it (see {@link ConstantValue}). */
    static Object constant(Object v) {
        if (v == null || v == ConstantValue.NONE) return PyNone.NONE;
        if (v == ConstantValue.ELLIPSIS) return PyEllipsis.ELLIPSIS;
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof String s) return PyStr.of(s);
        if (v instanceof BigInteger bi) return PyInt.of(bi);
        if (v instanceof Double d) return new PyFloat(d);
        if (v instanceof ConstantValue.Imaginary im) return new PyComplex(0.0, im.imag());
        if (v instanceof byte[] b) return PyBytes.wrap(b);
        throw new IllegalStateException("unknown constant " + v);
    }
}
