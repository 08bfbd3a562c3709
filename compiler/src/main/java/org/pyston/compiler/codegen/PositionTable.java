package org.pyston.compiler.codegen;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;

import java.util.LinkedHashMap;
import java.util.Map;

import org.objectweb.asm.ClassVisitor;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Span;

/**
 * The source positions of one code object: CPython's {@code co_positions()} entries, one per
 * distinct position a raising instruction reports. A body's line local holds {@code -1 - index}
 * of the entry in effect, which the traceback entry records ({@code tb_lasti = 2 * index}).
 *
 * <p>The table travels with the class as string constants (no class-initialisation cost) read by
 * {@code PyCode} the first time a traceback needs it; see {@link #emit}. Entries also carry the
 * anchors of 3.11's {@code ~~^^~~} markers: for a binary operation the end of the left operand and
 * the start of the right one, for a subscript the end of the value and of the slice. CPython
 * re-parses the source segment at print time to find them; the AST has them already.
 */
final class PositionTable {
    /** No secondary markers. */
    static final int PLAIN = 0;
    /** {@code left OP right}: anchors are left's end and right's start. */
    static final int BINOP = 1;
    /** {@code value[slice]}: anchors are value's end and slice's end. */
    static final int SUBSCRIPT = 2;
    /**
     * {@code o.m(args)} as one site: anchor a is the entry of the attribute {@code o.m}, which a
     * failed lookup reports instead (CPython's LOAD_METHOD has the attribute's position).
     */
    static final int METHOD_CALL = 3;

    /** One entry: lines 1-based, columns 0-based code points, ends exclusive (as the AST's spans). */
    record Position(int line, int endLine, int col, int endCol, int anchorKind, int anchorA, int anchorB) {
        static Position of(Span s) {
            return new Position(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset(), PLAIN, 0, 0);
        }

        /** The position of an expression node, with marker anchors where CPython computes them. */
        static Position of(Expr e) {
            Span s = e.span();
            if (e instanceof Expr.BinOp b && oneLine(s, b.left().span(), b.right().span())) {
                return new Position(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset(), BINOP,
                        b.left().span().end_col_offset(), b.right().span().col_offset());
            }
            if (e instanceof Expr.Subscript sub && oneLine(s, sub.value().span(), sub.slice().span())) {
                return new Position(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset(), SUBSCRIPT,
                        sub.value().span().end_col_offset(), sub.slice().span().end_col_offset());
            }
            return new Position(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset(), PLAIN, 0, 0);
        }

        /** The position of a method call whose failed lookup reports entry {@code attributeEntry}. */
        static Position methodCall(Expr.Call call, int attributeEntry) {
            Span s = call.span();
            return new Position(s.lineno(), s.end_lineno(), s.col_offset(), s.end_col_offset(), METHOD_CALL, attributeEntry, 0);
        }

        private static boolean oneLine(Span whole, Span a, Span b) {
            return whole.lineno() == whole.end_lineno() && a.lineno() == whole.lineno() && a.end_lineno() == whole.lineno()
                    && b.lineno() == whole.lineno() && b.end_lineno() == whole.lineno();
        }
    }

    private final Map<Position, Integer> index = new LinkedHashMap<>();

    /** The entry's index, added on first use. */
    int indexOf(Position p) {
        return index.computeIfAbsent(p, k -> index.size());
    }

    boolean isEmpty() {
        return index.isEmpty();
    }

    /** Name of the (first) static field holding the table of the body whose entry method is {@code method}. */
    static String fieldName(String method) {
        return "$positions$" + method;
    }

    /** Longest constant per field: a CONSTANT_Utf8 holds at most 65535 bytes. */
    private static final int CHUNK = 60_000;

    /**
     * Writes the table as {@code public static final String} constants: seven comma-separated
     * integers per entry (line as a delta from the previous entry's, then end line minus line,
     * column, end column, anchor kind and the two anchors); a long table continues in fields
     * suffixed {@code $1}, {@code $2}...
     */
    void emit(ClassVisitor cv, String method) {
        if (index.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        int prevLine = 0;
        for (Position p : index.keySet()) {
            if (sb.length() > 0) sb.append(',');
            sb.append(p.line() - prevLine).append(',').append(p.endLine() - p.line()).append(',')
                    .append(p.col()).append(',').append(p.endCol()).append(',').append(p.anchorKind()).append(',')
                    .append(p.anchorA()).append(',').append(p.anchorB());
            prevLine = p.line();
        }
        String all = sb.toString();
        for (int chunk = 0, from = 0; from < all.length(); chunk++, from += CHUNK) {
            String name = chunk == 0 ? fieldName(method) : fieldName(method) + "$" + chunk;
            cv.visitField(ACC_PUBLIC | ACC_STATIC | ACC_FINAL, name, "Ljava/lang/String;", null,
                    all.substring(from, Math.min(all.length(), from + CHUNK))).visitEnd();
        }
    }
}
