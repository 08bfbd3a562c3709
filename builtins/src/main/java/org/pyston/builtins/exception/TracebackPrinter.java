package org.pyston.builtins.exception;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;

import org.pyston.builtins.object.PyNone;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.ops.Repr;
import org.pyston.builtins.text.PyStr;

/**
 * Prints an exception as CPython 3.11's default excepthook does (without the {@code ^^^} caret
 * lines): the chained causes/contexts first, each with its "Traceback (most recent call last):"
 * block, the source line of each frame read from disk, and the final "Type: message" line.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    /** Prints {@code e} (with its chain) to {@code out}. */
    public static void print(PyBaseException e, Appendable out) {
        try {
            new Context(out).printRecursive(e);
        } catch (IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
    }

    /** The printed form as a string. */
    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        print(e, sb);
        return sb.toString();
    }

    /** CPython's limits on printing exception groups: members shown per group, nesting shown. */
    static final int MAX_GROUP_WIDTH = 15;
    static final int MAX_GROUP_DEPTH = 10;

    /**
     * The state of one printing (CPython's {@code exception_print_context}): the exceptions
     * already printed (a chain is cut where it meets one again), the exception-group nesting that
     * decides each line's indent and margin, and whether a group's closing line is still owed.
     */
    private static final class Context {
        final Appendable out;
        final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        int groupDepth;
        boolean needClose;

        Context(Appendable out) {
            this.out = out;
        }

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        String margin() {
            return groupDepth > 0 ? "| " : "";
        }

        /** Writes {@code text} (one or more lines, each ending in a newline) with indent and margin. */
        void emit(String text) throws IOException {
            emit(text, margin());
        }

        void emit(String text, String margin) throws IOException {
            String prefix = indent() + margin;
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, from, to);
                if (nl < 0) {
                    out.append('\n');
                }
                from = to;
            }
        }

        void printRecursive(PyBaseException e) throws IOException {
            printCauseAndContext(e);
            if (ExceptionGroups.isGroup(e)) {
                printGroup(e);
            } else {
                printOne(e, this);
            }
        }

        private void printCauseAndContext(PyBaseException e) throws IOException {
            seen.put(e, Boolean.TRUE);
            PyBaseException cause = e.getPyCause();
            if (cause != null) {
                if (!seen.containsKey(cause)) {
                    printChained(cause, "The above exception was the direct cause of the following exception:\n");
                }
                return;
            }
            PyBaseException context = e.getContext();
            if (context != null && !e.isSuppressContext() && !seen.containsKey(context)) {
                printChained(context, "During handling of the above exception, another exception occurred:\n");
            }
        }

        private void printChained(PyBaseException e, String message) throws IOException {
            boolean close = needClose;
            printRecursive(e);
            needClose = close;
            emit("\n");
            emit(message);
            emit("\n");
        }

        private void printGroup(PyBaseException e) throws IOException {
            if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
                return;
            }
            if (groupDepth == 0) {
                groupDepth++;
            }
            printOne(e, this);
            Object[] excs = e.getGroupExceptions().items;
            int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    needClose = true;
                }
                boolean truncated = i >= MAX_GROUP_WIDTH;
                out.append(indent()).append(i == 0 ? "+-" : "  ")
                        .append("+---------------- ").append(truncated ? "..." : Integer.toString(i + 1))
                        .append(" ----------------\n");
                groupDepth++;
                if (!truncated) {
                    printRecursive((PyBaseException) excs[i]);
                } else {
                    int remaining = excs.length - MAX_GROUP_WIDTH;
                    emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
                }
                if (last && needClose) {
                    out.append(indent()).append("+------------------------------------\n");
                    needClose = false;
                }
                groupDepth--;
            }
            if (groupDepth == 1) {
                groupDepth--;
            }
        }
    }

    private static void printOne(PyBaseException e, Context ctx) throws IOException {
        PyTraceback tb = e.getTraceback();
        long limit = tracebackLimit();
        if (tb != null && limit > 0) {
            if (ExceptionGroups.isGroup(e)) {
                ctx.emit("Exception Group Traceback (most recent call last):\n", ctx.groupDepth == 1 ? "+ " : ctx.margin());
            } else {
                ctx.emit("Traceback (most recent call last):\n");
            }
            // As CPython: after 3 identical consecutive entries, the rest are counted, not printed.
            PyTraceback last = null;
            int repeats = 0;
            // Like CPython's printer, only the most recent TRACEBACK_LIMIT entries are shown.
            int total = 0;
            for (PyTraceback t = tb; t != null; t = t.next) total++;
            PyTraceback first = tb;
            for (long skip = total - limit; skip > 0; skip--) first = first.next;
            for (PyTraceback t = first; t != null; t = t.next) {
                if (last != null && sameEntry(last, t)) {
                    repeats++;
                } else {
                    printRepeats(repeats, ctx);
                    repeats = 0;
                }
                last = t;
                if (repeats >= 3) {
                    continue;
                }
                int lineno = t.lineno();
                ctx.emit("  File \"" + t.code.filename + "\", line " + lineno + ", in " + t.code.name + "\n");
                String raw = rawSourceLine(t.code.filename, lineno);
                if (raw != null && !raw.strip().isEmpty()) {
                    ctx.emit("    " + raw.strip() + "\n");
                    String markers = PositionMarkers.of(t, raw);
                    if (markers != null) ctx.emit(markers + "\n");
                }
            }
            printRepeats(repeats, ctx);
        }
        if (e.isInstance(PyExceptions.SYNTAX_ERROR)) {
            StringBuilder block = new StringBuilder();
            printSyntaxErrorBlock(e, block);
            if (block.length() > 0) {
                ctx.emit(block.toString());
            }
        }
        String suggestion = Suggestions.forException(e);
        ctx.emit(finalLine(e) + (suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?") + "\n");
        Object notes = e.getAttribute("__notes__");
        if (notes instanceof org.pyston.builtins.container.PyList l) {
            for (Object n : l.toArray()) {
                ctx.emit(Repr.str(n) + "\n");
            }
        }
    }

    /** CPython's default sys.tracebacklimit. */
    static final int TRACEBACK_LIMIT = 1000;

    /** {@code sys.tracebacklimit} when it is an int (no entries at all when it is 0 or less), else the default. */
    private static long tracebackLimit() {
        Object v = org.pyston.builtins.runtime.Interpreter.current().getSysAttribute("tracebacklimit");
        if (v instanceof org.pyston.builtins.number.PyInt i) return i.value;
        if (v instanceof org.pyston.builtins.number.PyBigInt b) return b.value.signum() > 0 ? Long.MAX_VALUE : 0;
        return TRACEBACK_LIMIT;
    }

    private static boolean sameEntry(PyTraceback a, PyTraceback b) {
        return a.lineno() == b.lineno() && a.code.filename.equals(b.code.filename) && a.code.name.equals(b.code.name);
    }

    private static void printRepeats(int repeats, Context ctx) throws IOException {
        if (repeats > 2) {
            int more = repeats - 2;
            ctx.emit("  [Previous line repeated " + more + (more == 1 ? " more time]\n" : " more times]\n"));
        }
    }

    /** "ValueError: msg", or just the qualified type name when str(e) is empty. */
    public static String finalLine(PyBaseException e) {
        PyType t = e.getType();
        String mod = t.getModule();
        String name = mod.equals("builtins") || mod.equals("__main__") ? t.getQualname() : mod + "." + t.getQualname();
        String msg;
        try {
            msg = e.isInstance(PyExceptions.SYNTAX_ERROR) && e.getType().isBuiltin()
                    ? Repr.str(e.getAttribute("msg") == null ? PyNone.NONE : e.getAttribute("msg"))
                    : Repr.str(e);
        } catch (PyBaseException inner) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static void printSyntaxErrorBlock(PyBaseException e, Appendable out) throws IOException {
        Object file = e.getAttribute("filename");
        Object lineno = e.getAttribute("lineno");
        Object text = e.getAttribute("text");
        Object offset = e.getAttribute("offset");
        Object endOffset = e.getAttribute("end_offset");
        if (file instanceof PyStr f && lineno != null && lineno != PyNone.NONE) {
            out.append("  File \"").append(f.value()).append("\", line ").append(Repr.str(lineno)).append('\n');
        }
        if (text instanceof PyStr t) {
            String raw = t.value();
            int lead = 0;
            while (lead < raw.length() && (raw.charAt(lead) == ' ' || raw.charAt(lead) == '\t' || raw.charAt(lead) == '\f')) {
                lead++;
            }
            String shown = raw.substring(lead);
            int nl = shown.indexOf('\n');
            if (nl >= 0) {
                shown = shown.substring(0, nl);
            }
            shown = shown.stripTrailing();
            out.append("    ").append(shown).append('\n');
            if (offset instanceof org.pyston.builtins.number.PyInt o && o.value >= 1) {
                long start = o.value - 1 - lead;
                // CPython marks an IndentationError with a single caret, other errors from offset to end_offset.
                boolean span = !e.isInstance(PyExceptions.INDENTATION_ERROR);
                long end = span && endOffset instanceof org.pyston.builtins.number.PyInt eo && eo.value > o.value
                        ? eo.value - 1 - lead : start + 1;
                if (start < 0) {
                    return; // the caret would point into the stripped indentation: CPython prints none
                }
                if (start > shown.length()) {
                    start = shown.length();
                }
                if (end > shown.length() + 1) {
                    end = shown.length() + 1;
                }
                if (end <= start) {
                    end = start + 1;
                }
                out.append("    ").append(" ".repeat((int) start)).append("^".repeat((int) (end - start))).append('\n');
            }
        }
    }

    /** The stripped source line, or null when unavailable (pseudo-files, unreadable, out of range). */
    static String sourceLine(String filename, int lineno) {
        String raw = rawSourceLine(filename, lineno);
        if (raw == null) return null;
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    /** Line {@code lineno} of the file as written (without its line end), or null. */
    static String rawSourceLine(String filename, int lineno) {
        return SourceLines.line(filename, lineno);
    }
}
