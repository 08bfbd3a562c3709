package org.pyston.compiler.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The text being parsed as an array of code points, with CRLF and CR already turned into LF and a
 * leading BOM removed (as CPython's tokenizer does). Indices into {@link #cp} are what the tokenizer
 * works on; columns are code-point offsets from a line start, matching {@code Span}.
 */
final class SourceText {
    final String filename;
    /** The normalised source; every line except possibly the last ends with '\n'. */
    final int[] cp;
    /** {@code lineStarts.get(i)} is the index in {@link #cp} where line i+1 starts. */
    private final List<Integer> lineStarts = new ArrayList<>();

    SourceText(String source, String filename) {
        this.filename = filename;
        String s = source;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        if (s.indexOf('\r') >= 0) s = s.replace("\r\n", "\n").replace('\r', '\n');
        this.cp = s.codePoints().toArray();
        lineStarts.add(0);
        for (int i = 0; i < cp.length; i++) {
            if (cp[i] == '\n') lineStarts.add(i + 1);
        }
    }

    int lineCount() { return lineStarts.size(); }

    /** Index of the first code point of 1-based {@code line}. */
    int lineStart(int line) {
        if (line < 1) return 0;
        if (line > lineStarts.size()) return cp.length;
        return lineStarts.get(line - 1);
    }

    /** The text of a line including its '\n' if the source has one. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.size()) return null;
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? lineStarts.get(line) : cp.length;
        return new String(cp, start, end - start);
    }

    /** A line's text with exactly one trailing newline, as CPython shows parser errors. */
    String lineTextWithNewline(int line) {
        String t = lineText(line);
        if (t == null) return null;
        return t.endsWith("\n") ? t : t + "\n";
    }

    /** The code points [from, to) as a String. */
    String slice(int from, int to) { return new String(cp, from, to - from); }

    /** A parser-style error (text gets a trailing newline); columns are 0-based here. */
    ParseError error(String kind, String msg, int line, int col, int endLine, int endCol) {
        return new ParseError(kind, msg, filename, line, col + 1, endLine, endCol + 1, lineTextWithNewline(line));
    }

    /** A tokenizer-style error: the line is shown as it is in the source. */
    ParseError tokenizerError(String kind, String msg, int line, int col, int endLine, int endCol) {
        return new ParseError(kind, msg, filename, line, col + 1, endLine, endCol + 1, lineText(line));
    }
}
