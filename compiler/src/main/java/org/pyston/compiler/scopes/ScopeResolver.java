package org.pyston.compiler.scopes;

import static org.pyston.compiler.scopes.SymbolFlags.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Second pass, CPython's analyze_block: decides for every name of every block whether it is
 * local, a cell, free, or global (explicitly or implicitly), turning locals captured by inner
 * blocks into cells and passing free names through blocks that do not mention them. Then derives
 * what the compiler needs: co_varnames, co_cellvars, co_freevars and __qualname__.
 *
 * <p>Class bodies do not enclose their methods: a class passes on the names bound around it, not
 * its own, plus the implicit {@code __class__} that super() relies on.
 */
final class ScopeResolver {
    private static final String CLASS_CELL = "__class__";

    private final String filename;

    ScopeResolver(String filename) {
        this.filename = filename;
    }

    void resolve(Scope module) {
        analyzeBlock(module, null, new HashSet<>(), new HashSet<>());
        finish(module);
    }

    /**
     * @param bound names bound in enclosing function scopes (null at module level)
     * @param free  receives the names this block (and its children) need from outside
     * @param global names known to be global in enclosing blocks
     */
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();

        if (ste.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind != Scope.Kind.MODULE) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add(CLASS_CELL);
        }

        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);

        if (ste.kind == Scope.Kind.CLASS) {
            if (newFree.remove(CLASS_CELL)) ste.needsClassCell = true;
        } else if (ste.kind != Scope.Kind.MODULE) {
            // locals that children need become cells
            for (Map.Entry<String, Resolution> e : ste.resolutions.entrySet()) {
                if (e.getValue() == Resolution.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(Resolution.CELL);
                }
            }
        }
        // free names of children that this block does not mention pass through it
        for (String name : newFree) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                if (ste.kind == Scope.Kind.CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue; // a global
            ste.resolutions.put(name, Resolution.FREE);
        }
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            ste.resolutions.put(name, Resolution.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            ste.resolutions.put(name, Resolution.FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            ste.resolutions.put(name, Resolution.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.resolutions.put(name, Resolution.FREE);
            free.add(name);
            return;
        }
        ste.resolutions.put(name, Resolution.GLOBAL_IMPLICIT);
    }

    private ScopeError errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return new ScopeError(msg, filename, d.span());
            }
        }
        throw new IllegalStateException("no directive recorded for " + name);
    }

    /** Derives qualnames and the code object's name lists, parents before children. */
    private void finish(Scope s) {
        s.qualname = qualname(s);
        if (s.kind != Scope.Kind.MODULE && s.kind != Scope.Kind.CLASS) {
            List<String> varnames = new ArrayList<>(s.params);
            for (Map.Entry<String, Resolution> e : s.resolutions.entrySet()) {
                Integer flags = s.symbols.get(e.getKey());
                boolean inCode = flags != null && (flags & IN_CODE) != 0;
                if (e.getValue() == Resolution.LOCAL && inCode && !varnames.contains(e.getKey())) {
                    varnames.add(e.getKey());
                }
            }
            s.varnames = List.copyOf(varnames);
        }
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> frees = new TreeSet<>();
        for (Map.Entry<String, Resolution> e : s.resolutions.entrySet()) {
            if (e.getValue() == Resolution.CELL) cells.add(e.getKey());
            if (e.getValue() == Resolution.FREE) frees.add(e.getKey());
        }
        for (Map.Entry<String, Integer> e : s.symbols.entrySet()) {
            if ((e.getValue() & DEF_FREE_CLASS) != 0) frees.add(e.getKey());
        }
        if (s.needsClassCell) cells.add(CLASS_CELL);
        s.cellvars = List.copyOf(cells);
        s.freevars = List.copyOf(frees);
        for (Scope child : s.children) {
            finish(child);
        }
    }

    /** CPython's compiler_set_qualname. */
    private static String qualname(Scope s) {
        Scope parent = s.parent;
        if (parent == null) return s.name;
        if (parent.kind == Scope.Kind.MODULE) return s.name;
        if (s.kind == Scope.Kind.FUNCTION || s.kind == Scope.Kind.CLASS) {
            Resolution r = parent.resolutions.get(Mangling.mangle(parent.privateClassName, s.name));
            if (r == Resolution.GLOBAL_EXPLICIT) return s.name;
        }
        if (parent.kind == Scope.Kind.FUNCTION || parent.kind == Scope.Kind.LAMBDA) {
            return parent.qualname + ".<locals>." + s.name;
        }
        return parent.qualname + "." + s.name;
    }
}
