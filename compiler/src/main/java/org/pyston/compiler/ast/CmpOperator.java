package org.pyston.compiler.ast;

/** Comparison operators (CPython's {@code cmpop}). */
public enum CmpOperator {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    public final String symbol;

    CmpOperator(String symbol) { this.symbol = symbol; }
}
