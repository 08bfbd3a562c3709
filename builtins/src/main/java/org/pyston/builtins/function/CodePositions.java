package org.pyston.builtins.function;

import java.lang.reflect.Field;

/**
 * The source positions of a code object ({@code co_positions()}), as the compiler wrote them: one
 * entry per position a raising instruction of the body reports, with the anchors of 3.11's
 * {@code ~~^^~~} traceback markers (see the compiler's {@code PositionTable}).
 *
 * <p>Generated bodies keep the position in effect in an int local, a <em>location</em>: a
 * non-negative location is a plain line number, a negative one is {@code -1 - index} of an entry
 * here. Tracebacks record locations; this class turns them into lines and columns on demand.
 */
public final class CodePositions {
    /** Values per entry: line, end line, column, end column, anchor kind, anchor a, anchor b. */
    private static final int WIDTH = 7;
    /** Anchor kinds (the compiler's PositionTable). */
    public static final int PLAIN = 0, BINOP = 1, SUBSCRIPT = 2, METHOD_CALL = 3;

    static final CodePositions NONE = new CodePositions(new int[0]);

    private final int[] table;

    private CodePositions(int[] table) {
        this.table = table;
    }

    /** Reads the table the compiler left in {@code owner}'s string constants for the body {@code method}. */
    static CodePositions load(Class<?> owner, String method) {
        String base = "$positions$" + method;
        StringBuilder text = new StringBuilder();
        try {
            for (int chunk = 0; ; chunk++) {
                Field f = owner.getField(chunk == 0 ? base : base + "$" + chunk);
                text.append((String) f.get(null));
            }
        } catch (NoSuchFieldException end) {
            // no (more) chunks
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NONE;
        }
        if (text.length() == 0) return NONE;
        String[] parts = text.toString().split(",");
        int[] t = new int[parts.length];
        int line = 0;
        for (int i = 0; i < parts.length; i++) {
            t[i] = Integer.parseInt(parts[i]);
        }
        // lines are stored as deltas, end lines relative to lines
        for (int i = 0; i + WIDTH <= t.length; i += WIDTH) {
            line += t[i];
            t[i] = line;
            t[i + 1] += line;
        }
        return new CodePositions(t);
    }

    /** Number of entries. */
    public int size() {
        return table.length / WIDTH;
    }

    /** Whether {@code location} names an entry (rather than being a plain line). */
    public static boolean isEntry(int location) {
        return location < 0;
    }

    /** The entry index a negative location names. */
    public static int entryOf(int location) {
        return -1 - location;
    }

    public boolean has(int entry) {
        return entry >= 0 && entry < size();
    }

    public int line(int entry) {
        return table[entry * WIDTH];
    }

    public int endLine(int entry) {
        return table[entry * WIDTH + 1];
    }

    /** Start column, in code points of the line. */
    public int col(int entry) {
        return table[entry * WIDTH + 2];
    }

    /** End column (exclusive), in code points of the end line. */
    public int endCol(int entry) {
        return table[entry * WIDTH + 3];
    }

    public int anchorKind(int entry) {
        return table[entry * WIDTH + 4];
    }

    public int anchorA(int entry) {
        return table[entry * WIDTH + 5];
    }

    public int anchorB(int entry) {
        return table[entry * WIDTH + 6];
    }
}
