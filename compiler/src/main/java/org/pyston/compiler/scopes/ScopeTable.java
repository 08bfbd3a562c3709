package org.pyston.compiler.scopes;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * The result of {@link ScopeAnalyzer#analyze}: every scope of one module, found by the AST node
 * that opens it. Nodes are records that compare by value, so the map is keyed by identity: pass
 * the very node object that was analyzed.
 */
public final class ScopeTable {
    private final Scope module;
    private final IdentityHashMap<Object, Scope> byNode;
    private final List<CompileWarning> warnings;
    /** The module opens with {@code from __future__ import annotations}: annotations are stored as strings. */
    private final boolean futureAnnotations;

    ScopeTable(Scope module, IdentityHashMap<Object, Scope> byNode, List<CompileWarning> warnings, boolean futureAnnotations) {
        this.module = module;
        this.byNode = byNode;
        this.warnings = warnings;
        this.futureAnnotations = futureAnnotations;
    }

    /** Whether annotations are never evaluated but kept as their source text (PEP 563). */
    public boolean futureAnnotations() {
        return futureAnnotations;
    }

    /** The warnings CPython's compiler issues for this module, in its order. */
    public List<CompileWarning> warnings() {
        return warnings;
    }

    /** The scope of the module body. */
    public Scope moduleScope() {
        return module;
    }

    /**
     * The scope opened by {@code node}: a Stmt.FunctionDef, Stmt.AsyncFunctionDef, Stmt.ClassDef,
     * Expr.Lambda, Expr.ListComp, Expr.SetComp, Expr.DictComp or Expr.GeneratorExp record, or the
     * analyzed Mod for the module scope.
     *
     * @throws IllegalArgumentException if the node opens no scope of this module
     */
    public Scope scopeOf(Object node) {
        Scope s = byNode.get(node);
        if (s == null) {
            throw new IllegalArgumentException("no scope for " + node);
        }
        return s;
    }
}
