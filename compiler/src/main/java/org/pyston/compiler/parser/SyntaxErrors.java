package org.pyston.compiler.parser;

import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Turns the first ANTLR recognition failure into the error CPython 3.11 would report. CPython
 * finds its specific messages by re-parsing with invalid_* rules; here the same situations are
 * recognised from the failing token, the expected set and the enclosing rule:
 * a pending tokenizer error at or before the failure point wins; an INDENT nobody expects is
 * "unexpected indent"; a missing INDENT after a block header is "expected an indented block after
 * ..."; a missing ':' after a header is "expected ':'"; two juxtaposed expressions inside brackets
 * are "Perhaps you forgot a comma?"; anything else is "invalid syntax" at the failing token.
 */
final class SyntaxErrors {
    private final SourceText src;
    private final Tokenizer tk;
    private final CommonTokenStream stream;
    private final PythonGrammar parser;

    SyntaxErrors(SourceText src, Tokenizer tk, CommonTokenStream stream, PythonGrammar parser) {
        this.src = src;
        this.tk = tk;
        this.stream = stream;
        this.parser = parser;
    }

    ParseError toParseError(RecognitionException e) {
        ParseError parserError = parserError(e);
        ParseError tokError = tk.error;
        if (tokError == null || parserError == tokError) return parserError;
        // CPython re-tokenizes the rest of the file after a parser error: tokenizer errors win,
        // except an unclosed bracket, which wins only if the parser failed on a later line or
        // where CPython's error rules look ahead to the end of input (two juxtaposed expressions).
        if (tokError.msg.endsWith("was never closed")) {
            PyToken off = offending;
            Token prev = previous(off);
            boolean later = off.getLine() > tokError.lineno;
            boolean lookahead = off.depth > 0 && prev != null && startsExpression(off) && endsExpression(prev);
            return later || lookahead ? tokError : parserError;
        }
        return tokError.kind.equals("SyntaxError") ? tokError : parserError;
    }

    /** The token the parser failed at. */
    private PyToken offending;

    private ParseError parserError(RecognitionException e) {
        Token off = e != null && e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        offending = (PyToken) off;
        ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        if (tk.error != null && (off.getType() == Tokenizer.ERROR_TYPE || off.getType() == Token.EOF)) return tk.error;
        PyToken t = (PyToken) off;
        IntervalSet expected = null;
        try {
            expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        } catch (RuntimeException ignored) {
            expected = new IntervalSet();
        }
        Token prev = previous(off);

        if (off.getType() == PythonGrammar.INDENT) {
            return src.error("IndentationError", "unexpected indent", t.getLine(), t.endCol - 1, t.getLine(), t.endCol);
        }
        if (ctx instanceof PythonGrammar.BlockContext || ctx instanceof PythonGrammar.Match_stmtContext) {
            if (prev != null && prev.getType() == PythonGrammar.NEWLINE && expected.contains(PythonGrammar.INDENT)) {
                ParserRuleContext header = ctx instanceof PythonGrammar.BlockContext ? ctx.getParent() : ctx;
                String what = describeHeader(header);
                if (what != null) {
                    return src.error("IndentationError", "expected an indented block after " + what + " on line "
                        + header.start.getLine(), t.getLine(), t.getCharPositionInLine(), t.getLine(), t.endCol);
                }
            }
        }
        if (expected.contains(PythonGrammar.COLON) && describeHeader(ctx) != null
            && (off.getType() == PythonGrammar.NEWLINE || forcedColon(ctx))) {
            return src.error("SyntaxError", "expected ':'", t.getLine(), t.getCharPositionInLine(), t.getLine(), t.endCol);
        }
        if (ctx instanceof PythonGrammar.TestContext tc && tc.IF() != null && expected.contains(PythonGrammar.ELSE)) {
            PyToken a = (PyToken) tc.start;
            return src.error("SyntaxError", "expected 'else' after 'if' expression", a.getLine(),
                a.getCharPositionInLine(), ((PyToken) prev).endLine, ((PyToken) prev).endCol);
        }
        if (ctx instanceof PythonGrammar.Try_stmtContext && expected.contains(PythonGrammar.EXCEPT)) {
            PyToken last = (PyToken) prev;
            for (int i = off.getTokenIndex() - 1; i >= 0 && tokens().get(i).getType() == PythonGrammar.DEDENT; i--) {
                last = (PyToken) tokens().get(i - 1);
            }
            return src.error("SyntaxError", "expected 'except' or 'finally' block", last.getLine(),
                last.getCharPositionInLine(), last.endLine, last.endCol);
        }
        if (off.getType() == PythonGrammar.EQUAL && prev != null && prev.getType() == PythonGrammar.NAME) {
            ParserRuleContext a = lastChildEndingAt(ctx, prev);
            if (a != null && a.start == prev && insideNamedExpression(ctx)) {
                Token end = expressionEnd(tokens().get(off.getTokenIndex() + 1));
                return src.error("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    prev.getLine(), prev.getCharPositionInLine(), ((PyToken) end).endLine, ((PyToken) end).endCol);
            }
        }
        if ((off.getType() == PythonGrammar.FOR || off.getType() == PythonGrammar.ASYNC) && prev != null) {
            // CPython's invalid_kwarg: NAME '=' expression for_if_clauses, a keyword given a bare genexp
            PythonGrammar.PlainArgumentContext arg = keywordArgumentEndingAt(ctx, prev);
            if (arg != null && parsesAsComprehension(off)) {
                PyToken name = (PyToken) arg.start;
                PyToken eq = (PyToken) arg.EQUAL().getSymbol();
                return src.error("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    name.getLine(), name.getCharPositionInLine(), eq.endLine, eq.endCol);
            }
        }
        if (off.getType() == PythonGrammar.COLONEQUAL && prev != null && endsExpression(prev)) {
            Token aStart = expressionStart(prev);
            if (aStart != prev || prev.getType() != PythonGrammar.NAME) {
                org.pyston.compiler.ast.Expr target = subExpression(aStart, prev);
                if (target != null && !(target instanceof org.pyston.compiler.ast.Expr.Name)) {
                    return src.error("SyntaxError", "cannot use assignment expressions with " + Targets.describe(target),
                        aStart.getLine(), aStart.getCharPositionInLine(), ((PyToken) prev).endLine, ((PyToken) prev).endCol);
                }
            }
        }
        ParseError comma = forgotComma(t, prev, ctx);
        if (comma != null) return comma;
        if (prev != null && prev.getType() == PythonGrammar.NAME && (prev.getText().equals("print")
            || prev.getText().equals("exec")) && startsExpression(t) && atStatementStart(prev)) {
            Token end = expressionEnd(t);
            String name = prev.getText();
            return src.error("SyntaxError", "Missing parentheses in call to '" + name + "'. Did you mean " + name
                + "(...)?", prev.getLine(), prev.getCharPositionInLine(), ((PyToken) end).endLine, ((PyToken) end).endCol);
        }
        return src.error("SyntaxError", "invalid syntax", t.getLine(), t.getCharPositionInLine(), t.endLine,
            Math.max(t.endCol, t.getCharPositionInLine() + (t.getType() == Token.EOF ? 0 : 1)));
    }

    /**
     * The {@code NAME = value} argument of a call that ends at {@code last}, searched among the
     * children of {@code ctx} and its ancestors (the argument is complete when the parser fails
     * after it), or null.
     */
    private static PythonGrammar.PlainArgumentContext keywordArgumentEndingAt(ParserRuleContext ctx, Token last) {
        for (ParserRuleContext c = ctx; c != null && !(c instanceof PythonGrammar.StmtContext); c = c.getParent()) {
            if (isKeywordArgumentEndingAt(c, last)) {
                return (PythonGrammar.PlainArgumentContext) c; // the parser failed inside the argument
            }
            for (int i = c.getChildCount() - 1; i >= 0; i--) {
                Object child = c.getChild(i);
                if (child instanceof PythonGrammar.ArglistContext list) {
                    child = list.getChild(list.getChildCount() - 1); // a call's last argument so far
                }
                if (isKeywordArgumentEndingAt(child, last)) {
                    return (PythonGrammar.PlainArgumentContext) child;
                }
            }
        }
        return null;
    }

    private static boolean isKeywordArgumentEndingAt(Object node, Token last) {
        return node instanceof PythonGrammar.PlainArgumentContext arg && arg.EQUAL() != null
            && arg.start.getType() == PythonGrammar.NAME && arg.test().size() == 2
            && arg.test(0).start == arg.test(0).stop && arg.test(1).stop == last;
    }

    /** True where CPython parses a named_expression: if/elif/while conditions, list items and the like. */
    private static boolean insideNamedExpression(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof PythonGrammar.Namedexpr_testContext) return true;
            if (c instanceof PythonGrammar.If_stmtContext || c instanceof PythonGrammar.Elif_clauseContext
                || c instanceof PythonGrammar.While_stmtContext) {
                return true;
            }
            if (c instanceof PythonGrammar.StmtContext) return false;
        }
        return false;
    }

    private List<PyToken> tokens() { return tk.tokens(); }

    private Token previous(Token off) {
        int i = off.getTokenIndex();
        return i > 0 && i - 1 < tokens().size() ? tokens().get(i - 1) : null;
    }

    private boolean atStatementStart(Token t) {
        Token p = previous(t);
        return p == null || p.getType() == PythonGrammar.NEWLINE || p.getType() == PythonGrammar.INDENT
            || p.getType() == PythonGrammar.DEDENT || p.getType() == PythonGrammar.SEMI;
    }

    /** CPython's forced ':' (&&':') in def, else, try and finally: any token there is "expected ':'". */
    private static boolean forcedColon(ParserRuleContext ctx) {
        return ctx instanceof PythonGrammar.FuncdefContext || ctx instanceof PythonGrammar.Else_clauseContext
            || ctx instanceof PythonGrammar.Try_stmtContext || ctx instanceof PythonGrammar.Finally_clauseContext;
    }

    /** How CPython names the statement that owns a block, or null for other contexts. */
    private static String describeHeader(ParserRuleContext ctx) {
        if (ctx instanceof PythonGrammar.If_stmtContext) return "'if' statement";
        if (ctx instanceof PythonGrammar.Elif_clauseContext) return "'elif' statement";
        if (ctx instanceof PythonGrammar.Else_clauseContext) return "'else' statement";
        if (ctx instanceof PythonGrammar.While_stmtContext) return "'while' statement";
        if (ctx instanceof PythonGrammar.For_stmtContext) return "'for' statement";
        if (ctx instanceof PythonGrammar.Try_stmtContext) return "'try' statement";
        if (ctx instanceof PythonGrammar.Except_clauseContext ex) {
            return ex.STAR() != null ? "'except*' statement" : "'except' statement";
        }
        if (ctx instanceof PythonGrammar.Finally_clauseContext) return "'finally' statement";
        if (ctx instanceof PythonGrammar.With_stmtContext) return "'with' statement";
        if (ctx instanceof PythonGrammar.FuncdefContext) return "function definition";
        if (ctx instanceof PythonGrammar.ClassdefContext) return "class definition";
        if (ctx instanceof PythonGrammar.Match_stmtContext) return "'match' statement";
        if (ctx instanceof PythonGrammar.Case_blockContext) return "'case' statement";
        return null;
    }

    private static boolean startsExpression(Token t) {
        switch (t.getType()) {
            case PythonGrammar.NAME: case PythonGrammar.NUMBER: case PythonGrammar.STRING: case PythonGrammar.LPAR:
            case PythonGrammar.LSQB: case PythonGrammar.LBRACE: case PythonGrammar.NONE: case PythonGrammar.TRUE:
            case PythonGrammar.FALSE: case PythonGrammar.ELLIPSIS: case PythonGrammar.MINUS: case PythonGrammar.PLUS:
            case PythonGrammar.TILDE: case PythonGrammar.AWAIT: case PythonGrammar.LAMBDA: case PythonGrammar.NOT:
            case PythonGrammar.MATCH: case PythonGrammar.CASE:
                return true;
            default:
                return false;
        }
    }

    private static boolean endsExpression(Token t) {
        switch (t.getType()) {
            case PythonGrammar.NAME: case PythonGrammar.NUMBER: case PythonGrammar.STRING: case PythonGrammar.RPAR:
            case PythonGrammar.RSQB: case PythonGrammar.RBRACE: case PythonGrammar.NONE: case PythonGrammar.TRUE:
            case PythonGrammar.FALSE: case PythonGrammar.ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /** CPython's invalid_expression: {@code a b} inside brackets suggests a missing comma. */
    private ParseError forgotComma(PyToken t, Token prev, ParserRuleContext ctx) {
        if (prev == null || ((PyToken) prev).depth == 0 || t.depth == 0) return null;
        if (!startsExpression(t) || !endsExpression(prev)) return null;
        if (t.getType() == PythonGrammar.LPAR || t.getType() == PythonGrammar.LSQB) return null;
        Token aStart = expressionStart(prev);
        if (aStart.getType() == PythonGrammar.NAME && t.getType() == PythonGrammar.STRING && aStart == prev) {
            return null;
        }
        if (aStart.getType() == PythonGrammar.MATCH || aStart.getType() == PythonGrammar.CASE) return null;
        Token end = expressionEnd(t);
        PyToken s = (PyToken) aStart;
        PyToken en = (PyToken) end;
        return src.error("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", s.getLine(),
            s.getCharPositionInLine(), en.endLine, en.endCol);
    }

    /**
     * The first token of the expression (CPython's disjunction) that ends at {@code last}: walks back
     * over tokens of the same bracket level, skipping nested brackets, to a separator.
     */
    private Token expressionStart(Token last) {
        int depth = ((PyToken) last).depth;
        int i = last.getTokenIndex();
        int start = i;
        while (i >= 0) {
            PyToken x = tokens().get(i);
            if (x.depth > depth) { start = i; i--; continue; }
            if (x.depth < depth) break;
            int type = x.getType();
            boolean opener = type == PythonGrammar.LPAR || type == PythonGrammar.LSQB || type == PythonGrammar.LBRACE;
            if (opener || type == PythonGrammar.COMMA || type == PythonGrammar.COLON || type == PythonGrammar.EQUAL
                || type == PythonGrammar.COLONEQUAL || type == PythonGrammar.IF || type == PythonGrammar.ELSE
                || type == PythonGrammar.FOR || type == PythonGrammar.LAMBDA || type == PythonGrammar.YIELD
                || type == PythonGrammar.SEMI || type == PythonGrammar.NEWLINE || type == PythonGrammar.INDENT
                || type == PythonGrammar.DEDENT || type == PythonGrammar.RETURN || type == PythonGrammar.ASYNC
                || type == PythonGrammar.DOUBLESTAR && (i == 0 || !endsExpression(tokens().get(i - 1)))
                || type == PythonGrammar.STAR && (i == 0 || !endsExpression(tokens().get(i - 1)))) {
                break;
            }
            start = i;
            i--;
        }
        return tokens().get(start);
    }

    private static ParserRuleContext lastChildEndingAt(ParserRuleContext ctx, Token prev) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c.children == null) continue;
            for (int i = c.children.size() - 1; i >= 0; i--) {
                ParseTree child = c.children.get(i);
                if (child instanceof ParserRuleContext r && r.stop != null
                    && r.stop.getTokenIndex() == prev.getTokenIndex()) {
                    if (r instanceof PythonGrammar.ArgumentContext || r instanceof PythonGrammar.Named_or_starContext
                        || r instanceof PythonGrammar.Dict_or_set_itemContext || r instanceof PythonGrammar.SubscriptContext
                        || r instanceof PythonGrammar.Test_or_starContext || r instanceof PythonGrammar.Expr_or_starContext
                        || r instanceof PythonGrammar.TestContext || r instanceof PythonGrammar.Namedexpr_testContext) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** Parses tokens [first, last] as one expression, or returns null if they are not one. */
    private org.pyston.compiler.ast.Expr subExpression(Token first, Token last) {
        List<Token> copies = new java.util.ArrayList<>();
        for (int i = first.getTokenIndex(); i <= last.getTokenIndex(); i++) copies.add(copy(tokens().get(i)));
        PyToken l = (PyToken) last;
        copies.add(new PyToken(Token.EOF, "<EOF>", l.endLine, l.endCol, l.endLine, l.endCol, 0));
        try {
            PythonGrammar p = new PythonGrammar(new CommonTokenStream(new org.antlr.v4.runtime.ListTokenSource(copies)));
            p.removeErrorListeners();
            p.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            PythonGrammar.TestContext c = p.test();
            if (p.getCurrentToken().getType() != Token.EOF) return null;
            return new ExprBuilder(src).test(c);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /**
     * Whether the tokens from {@code first} (a {@code for} or {@code async}) up to the end of the
     * call argument they are in form complete {@code for ... in ...} clauses.
     */
    private boolean parsesAsComprehension(Token first) {
        List<Token> copies = new java.util.ArrayList<>();
        int depth = 0;
        for (int i = first.getTokenIndex(); i < tokens().size(); i++) {
            Token t = tokens().get(i);
            int type = t.getType();
            if (type == Token.EOF || type == PythonGrammar.NEWLINE) break;
            if (type == PythonGrammar.LPAR || type == PythonGrammar.LSQB || type == PythonGrammar.LBRACE) {
                depth++;
            } else if (type == PythonGrammar.RPAR || type == PythonGrammar.RSQB
                || type == PythonGrammar.RBRACE) {
                if (depth-- == 0) break;
            } else if (type == PythonGrammar.COMMA && depth == 0) {
                break;
            }
            copies.add(copy((PyToken) t));
        }
        if (copies.isEmpty()) return false;
        PyToken l = (PyToken) copies.get(copies.size() - 1);
        copies.add(new PyToken(Token.EOF, "<EOF>", l.endLine, l.endCol, l.endLine, l.endCol, 0));
        try {
            PythonGrammar p = new PythonGrammar(new CommonTokenStream(new org.antlr.v4.runtime.ListTokenSource(copies)));
            p.removeErrorListeners();
            p.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            p.comprehension();
            return p.getCurrentToken().getType() == Token.EOF;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private static PyToken copy(PyToken o) {
        PyToken c = new PyToken(o.getType(), o.getText(), o.getLine(), o.getCharPositionInLine(), o.endLine, o.endCol,
            o.depth);
        c.setStartIndex(o.getStartIndex());
        c.setStopIndex(o.getStopIndex());
        return c;
    }

    /** The last token of the expression starting at {@code t} (parsed with a throw-away parser). */
    private Token expressionEnd(Token t) {
        List<PyToken> rest = tokens().subList(t.getTokenIndex(), tokens().size());
        try {
            List<Token> copies = new java.util.ArrayList<>(rest.size());
            for (PyToken x : rest) copies.add(copy(x));
            PythonGrammar p = new PythonGrammar(new CommonTokenStream(new org.antlr.v4.runtime.ListTokenSource(copies)));
            p.removeErrorListeners();
            p.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            PythonGrammar.TestContext c = p.test();
            return c.stop != null ? rest.get(c.stop.getTokenIndex()) : t;
        } catch (RuntimeException ex) {
            return t;
        }
    }
}
