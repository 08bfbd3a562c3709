package org.pyston.compiler.ast;

/** Binary operators (CPython's {@code operator}); {@code symbol} is how Python source spells it. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    public final String symbol;

    Operator(String symbol) { this.symbol = symbol; }
}
