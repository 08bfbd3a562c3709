package org.pyston.compiler.scopes;

import java.util.List;

import org.pyston.compiler.ast.Alias;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Stmt;

/**
 * Scope analysis with CPython 3.11's rules: which names are locals (JVM locals), cells, free
 * variables, globals, class-namespace or module names, for every function, lambda, class and
 * comprehension of a module; plus the syntax errors CPython reports from its symtable and from the
 * placement checks of its compiler.
 *
 * <p>Three passes: {@link SymbolCollector} (what each block does with each name),
 * {@link ScopeResolver} (how each name resolves; cells, free variables, qualnames),
 * {@link PlacementChecker} (return/yield/await/break/continue/async placement).
 */
public final class ScopeAnalyzer {
    private ScopeAnalyzer() {}

    /**
     * Analyzes {@code mod}.
     *
     * @param filename reported in errors
     * @throws ScopeError the first error CPython would report, with its message and location
     */
    public static ScopeTable analyze(Mod mod, String filename) throws ScopeError {
        boolean futureAnnotations = hasFutureAnnotations(mod);
        SymbolCollector collector = new SymbolCollector(filename, futureAnnotations);
        Scope module = collector.collect(mod);
        new ScopeResolver(filename).resolve(module);
        PlacementChecker placement = new PlacementChecker(filename, collector.scopesByNode, futureAnnotations);
        placement.check(mod);
        return new ScopeTable(module, collector.scopesByNode, List.copyOf(placement.warnings), futureAnnotations);
    }

    /** {@code from __future__ import annotations} among the future imports that open a module (after its docstring). */
    static boolean hasFutureAnnotations(Mod mod) {
        if (!(mod instanceof Mod.Module m)) {
            return false;
        }
        List<Stmt> body = m.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof Stmt.ImportFrom f) || !"__future__".equals(f.module())) {
                break;
            }
            for (Alias a : f.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }
}
