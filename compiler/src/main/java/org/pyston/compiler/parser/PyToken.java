package org.pyston.compiler.parser;

import org.antlr.v4.runtime.CommonToken;

/**
 * A token with both ends of its source range. ANTLR's {@code getLine()} / {@code getCharPositionInLine()}
 * give the start (1-based line, 0-based code-point column); {@link #endLine} / {@link #endCol} give
 * the exclusive end in the same units, which multi-line strings need for AST spans.
 */
final class PyToken extends CommonToken {
    /** Line of the character just after the token (1-based). */
    final int endLine;
    /** Code-point column just after the token's last character (0-based, exclusive). */
    final int endCol;
    /** Bracket nesting depth before this token; a closing bracket has the depth of its opener's content. */
    final int depth;

    PyToken(int type, String text, int line, int col, int endLine, int endCol, int depth) {
        super(type, text);
        setLine(line);
        setCharPositionInLine(col);
        this.endLine = endLine;
        this.endCol = endCol;
        this.depth = depth;
    }

    @Override
    public String toString() {
        return "PyToken[" + getType() + " '" + getText() + "' " + getLine() + ":" + getCharPositionInLine() + "]";
    }
}
