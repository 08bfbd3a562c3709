package org.pyston.compiler.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pyston.compiler.ast.ExceptHandler;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.MatchCase;
import org.pyston.compiler.ast.Stmt;
import org.pyston.compiler.ast.Stmt.*;

/**
 * The names a function body can unbind: {@code del x} and {@code except E as x} (which unbinds x
 * when the handler ends). A parameter outside this set is bound for the whole body, so its loads
 * need no unbound-local check. Nested function and class bodies are their own scopes and are not
 * entered.
 */
final class UnbindingNames {
    private UnbindingNames() {}

    static Set<String> of(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        block(body, out);
        return out;
    }

    private static void block(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) stmt(s, out);
    }

    private static void stmt(Stmt s, Set<String> out) {
        if (s instanceof Delete d) {
            for (Expr t : d.targets()) target(t, out);
        } else if (s instanceof If i) {
            block(i.body(), out);
            block(i.orelse(), out);
        } else if (s instanceof While w) {
            block(w.body(), out);
            block(w.orelse(), out);
        } else if (s instanceof For f) {
            block(f.body(), out);
            block(f.orelse(), out);
        } else if (s instanceof AsyncFor f) {
            block(f.body(), out);
            block(f.orelse(), out);
        } else if (s instanceof With w) {
            block(w.body(), out);
        } else if (s instanceof AsyncWith w) {
            block(w.body(), out);
        } else if (s instanceof Try t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), out);
        } else if (s instanceof TryStar t) {
            tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), out);
        } else if (s instanceof Match m) {
            for (MatchCase c : m.cases()) block(c.body(), out);
        }
    }

    private static void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin, Set<String> out) {
        block(body, out);
        for (ExceptHandler h : handlers) {
            if (h.name() != null) out.add(h.name());
            block(h.body(), out);
        }
        block(orelse, out);
        block(fin, out);
    }

    private static void target(Expr t, Set<String> out) {
        if (t instanceof Expr.Name n) out.add(n.id());
        else if (t instanceof Expr.Tuple tu) for (Expr e : tu.elts()) target(e, out);
        else if (t instanceof Expr.ListExpr l) for (Expr e : l.elts()) target(e, out);
    }
}
