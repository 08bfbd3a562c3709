package org.pyston.compiler.parser;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;
import org.pyston.compiler.ast.ConstantValue;
import org.pyston.compiler.ast.Node;
import org.pyston.compiler.ast.Span;

/**
 * The canonical AST dump written by src/test/resources/parser/make_golden.py, produced from our
 * records by reflection: record components are CPython's fields in CPython's order.
 */
final class AstDumper {
    private AstDumper() {}

    static String dump(Object v) {
        StringBuilder sb = new StringBuilder();
        dump(v, false, sb);
        return sb.toString();
    }

    private static String typeName(Class<?> c) {
        switch (c.getSimpleName()) {
            case "ListExpr": return "List";
            case "ExprStmt": return "Expr";
            case "Comprehension": return "comprehension";
            case "WithItem": return "withitem";
            case "MatchCase": return "match_case";
            case "Arguments": return "arguments";
            case "Arg": return "arg";
            case "Keyword": return "keyword";
            case "Alias": return "alias";
            default: return c.getSimpleName();
        }
    }

    private static void dump(Object v, boolean primitiveBool, StringBuilder sb) {
        if (v == null) { sb.append("None"); return; }
        if (v instanceof Enum<?> e && !(v instanceof ConstantValue)) { sb.append(e.name()); return; }
        if (v == ConstantValue.NONE) { sb.append("None"); return; }
        if (v == ConstantValue.ELLIPSIS) { sb.append("Ellipsis"); return; }
        if (v instanceof Boolean b) {
            sb.append(primitiveBool ? (b ? "1" : "0") : (b ? "True" : "False"));
            return;
        }
        if (v instanceof BigInteger || v instanceof Integer) { sb.append(v); return; }
        if (v instanceof Double d) { sb.append("f:").append(bits(d)); return; }
        if (v instanceof ConstantValue.Imaginary im) { sb.append("j:").append(bits(im.imag())); return; }
        if (v instanceof String s) { quote(s, sb); return; }
        if (v instanceof byte[] bs) {
            sb.append("b:");
            for (byte b : bs) sb.append(String.format("%02x", b & 0xFF));
            return;
        }
        if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(", ");
                dump(l.get(i), false, sb);
            }
            sb.append(']');
            return;
        }
        Class<?> c = v.getClass();
        if (!c.isRecord()) throw new IllegalArgumentException("cannot dump " + c);
        sb.append(typeName(c)).append('(');
        boolean first = true;
        for (RecordComponent rc : c.getRecordComponents()) {
            String name = rc.getName();
            if (name.equals("span") || name.equals("type_comment")) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(name).append('=');
            try {
                dump(rc.getAccessor().invoke(v), rc.getType() == boolean.class, sb);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        sb.append(')');
        if (v instanceof Node n) {
            Span s = n.span();
            sb.append('@').append(s.lineno()).append(':').append(s.col_offset()).append('-')
                .append(s.end_lineno()).append(':').append(s.end_col_offset());
        }
    }

    private static String bits(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static void quote(String s, StringBuilder sb) {
        sb.append('"');
        s.codePoints().forEach(cp -> {
            if (cp == '\\') sb.append("\\\\");
            else if (cp == '"') sb.append("\\\"");
            else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp < 0xe000)) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        sb.append('"');
    }
}
