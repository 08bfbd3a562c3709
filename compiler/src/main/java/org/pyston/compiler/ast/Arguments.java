package org.pyston.compiler.ast;

import java.util.List;

/**
 * A parameter list (CPython's {@code arguments}). {@code defaults} line up with the last positional
 * parameters; {@code kw_defaults} has one entry per keyword-only parameter, null where it has none.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kw_defaults, Arg kwarg, List<Expr> defaults) {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
}
