package org.pyston.builtins.exception;

import org.pyston.builtins.function.CodePositions;

/**
 * The marker line CPython 3.11 prints under a traceback's source line ({@code ~~~^^^~~~}): carets
 * under the failing operation, and for a binary operation or a subscript tildes under the operands
 * with carets under the operator or the index. The rules are those of CPython's
 * {@code tb_displayline}: no markers when plain carets would cover the whole stripped line; a
 * multi-line operation is marked to the end of its first line.
 */
final class PositionMarkers {
    private PositionMarkers() {
    }

    /** The marker line (without newline) for entry {@code tb}, whose source line is {@code line}; null for none. */
    static String of(PyTraceback tb, String line) {
        int entry = tb.positionEntry();
        if (entry < 0 || line == null || noDebugRanges()) return null;
        CodePositions p = tb.code.positions();
        if (p.line(entry) != tb.lineno()) return null;
        int[] cps = line.codePoints().toArray();
        int start = p.col(entry), end = p.endCol(entry);
        if (p.line(entry) != p.endLine(entry)) {
            end = cps.length;
            while (end > 0 && isWhitespace(cps[end - 1])) end--;
        }
        if (start < 0 || end > cps.length || start >= end) return null;
        int leftEnd = -1, rightStart = -1;
        char primary = '^', secondary = '^';
        boolean anchors = false;
        if (p.line(entry) == p.endLine(entry)) {
            int kind = p.anchorKind(entry);
            if (kind == CodePositions.BINOP) {
                anchors = true;
                int from = p.anchorA(entry), to = p.anchorB(entry);
                for (int i = from; i < to && i < cps.length; i++) {
                    if (isWhitespace(cps[i])) continue;
                    leftEnd = i;
                    rightStart = i + 1;
                    if (i + 1 < to && !isWhitespace(cps[i + 1])) rightStart++; // two-character operator
                    if (i + 1 < to && cps[i] == ')') continue; // a closing parenthesis of the left operand
                    primary = '~';
                    secondary = '^';
                    break;
                }
            } else if (kind == CodePositions.SUBSCRIPT) {
                anchors = true;
                leftEnd = p.anchorA(entry);
                rightStart = p.anchorB(entry) + 1;
                while (leftEnd < end && cps[leftEnd] != '[') leftEnd++;
                while (rightStart < end && cps[rightStart] != ']') rightStart++;
                if (rightStart < end) rightStart++;
                primary = '~';
                secondary = '^';
            }
        }
        int leading = 0;
        while (leading < cps.length && isWhitespace(cps[leading])) leading++;
        int strippedLength = line.strip().codePointCount(0, line.strip().length());
        if (end - start == strippedLength && !anchors) return null;
        StringBuilder sb = new StringBuilder("    ");
        for (int c = leading; c < end; c++) {
            if (c < start) sb.append(' ');
            else if (anchors && leftEnd <= c && c < rightStart) sb.append(secondary);
            else sb.append(primary);
        }
        return sb.toString();
    }

    /** CPython's IS_WHITESPACE: space, tab, form feed. */
    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** {@code -X no_debug_ranges} or PYTHONNODEBUGRANGES: no column information at all. */
    static boolean noDebugRanges() {
        org.pyston.builtins.runtime.RuntimeFlags f = org.pyston.builtins.runtime.Interpreter.current().getFlags();
        if (f.xOptions().contains("no_debug_ranges")) return true;
        String env = f.ignoreEnvironment() ? null : System.getenv("PYTHONNODEBUGRANGES");
        return env != null && !env.isEmpty();
    }
}
