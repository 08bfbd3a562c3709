package org.pyston.compiler.scopes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pyston.compiler.ast.Span;

/**
 * One block of code with its own names: the module, a function, a lambda, a class body, or a
 * comprehension / generator expression (function-like scopes of their own in 3.11). This is
 * CPython's symtable entry plus what its compiler derives from it (qualname, co_varnames,
 * co_cellvars, co_freevars, code flags).
 *
 * <p>Invariants once {@link ScopeAnalyzer#analyze} has returned: every name bound or used in this
 * scope has a resolution; {@code cellvars} and {@code freevars} are sorted; a name is never both a
 * cell and free here; only function-like scopes have LOCAL or CELL names. Instances are immutable
 * from outside this package.
 */
public final class Scope {

    /** What kind of block this is; decides how its names are stored. */
    public enum Kind {
        /** The module body (or the body of an interactive statement / eval expression). */
        MODULE,
        /** A {@code def} or {@code async def}. */
        FUNCTION,
        /** A class body: a namespace dict, invisible to the functions nested in it. */
        CLASS,
        /** A {@code lambda}. */
        LAMBDA,
        /** A list/set/dict comprehension or generator expression; its one parameter is {@code .0}. */
        COMPREHENSION
    }

    /** A global or nonlocal declaration as written, kept to report errors where CPython does. */
    record Directive(String name, Span span) {}

    final Kind kind;
    /** Unmangled name as CPython's co_name: the def/class name, "&lt;lambda&gt;", "&lt;listcomp&gt;", "&lt;module&gt;". */
    final String name;
    /** The AST node that opens this scope (a Mod for the module scope). */
    final Object node;
    final Scope parent;
    final Span span;
    /** Class name used for private name mangling inside this scope; null outside any class. */
    final String privateClassName;
    final List<Scope> children = new ArrayList<>();

    /** Per (mangled) name, the {@link SymbolFlags} bits collected from the source, in first-seen order. */
    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameter names (mangled) in CPython order: posonly, normal, kwonly, *args, **kwargs; ".0" for comprehensions. */
    final List<String> params = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();

    /** CPython's ste_generator: a yield in this very block, or a generator expression. */
    boolean generator;
    /** CPython's ste_coroutine: async def, or an await / async comprehension that makes this block async. */
    boolean coroutine;
    /** This is an {@code async def} (CPython's COMPILER_SCOPE_ASYNC_FUNCTION). */
    boolean asyncDef;
    boolean varargs;
    boolean varkeywords;
    boolean needsClassCell;
    boolean usesLocalsDict;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    /** Depth of comprehension-iterable expressions being visited in this block (walrus is illegal there). */
    int compIterExpr;
    /** True while the target of a comprehension's for clause is being visited. */
    boolean compIterTarget;
    /** A never-evaluated annotation's throwaway block (future annotations); never part of the tree. */
    boolean annotationBlock;

    /** Resolution of every symbol, filled by {@link ScopeResolver}. */
    final Map<String, Resolution> resolutions = new LinkedHashMap<>();
    String qualname;
    List<String> varnames = List.of();
    List<String> cellvars = List.of();
    List<String> freevars = List.of();

    Scope(Kind kind, String name, Object node, Scope parent, Span span, String privateClassName) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.span = span;
        this.privateClassName = privateClassName;
    }

    public Kind kind() { return kind; }

    /** co_name: the def or class name (unmangled), "&lt;lambda&gt;", "&lt;listcomp&gt;", "&lt;genexpr&gt;", "&lt;module&gt;" ... */
    public String name() { return name; }

    /** CPython's __qualname__ (e.g. "f.&lt;locals&gt;.g", "C.m", "&lt;listcomp&gt;"); the module's is "&lt;module&gt;". */
    public String qualname() { return qualname; }

    /** The enclosing scope; null for the module. */
    public Scope parent() { return parent; }

    /** Directly nested scopes, in source order of their opening. */
    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The AST node that opens this scope: a def, class, lambda or comprehension record, or the Mod. */
    public Object node() { return node; }

    /** Source span of the opening node; line 1 column 0 (empty) for the module. */
    public Span span() { return span; }

    /**
     * Name of the class whose private names ({@code __x}) are mangled inside this scope: the
     * innermost enclosing class (this one if it is a class body); null if none.
     */
    public String privateClassName() { return privateClassName; }

    /** {@code name} as written in this scope, mangled with {@link #privateClassName()}. */
    public String mangle(String name) { return Mangling.mangle(privateClassName, name); }

    /**
     * How {@code name} (already mangled: see {@link #mangle}) is resolved when used in this scope.
     * Names this scope never mentions resolve as a read would: globals/builtins, the class
     * namespace or the module namespace.
     */
    public SymbolKind lookup(String name) {
        Resolution r = resolutions.get(name);
        switch (kind) {
            case MODULE:
                return r == Resolution.GLOBAL_EXPLICIT ? SymbolKind.GLOBAL_EXPLICIT : SymbolKind.MODULE_NAME;
            case CLASS:
                if (r == Resolution.GLOBAL_EXPLICIT) return SymbolKind.GLOBAL_EXPLICIT;
                if (r == Resolution.FREE) return SymbolKind.FREE_CLASS;
                return SymbolKind.CLASS_LOCAL;
            default:
                if (r == null) return SymbolKind.GLOBAL_IMPLICIT;
                switch (r) {
                    case LOCAL: return SymbolKind.LOCAL;
                    case CELL: return SymbolKind.CELL;
                    case FREE: return SymbolKind.FREE;
                    case GLOBAL_EXPLICIT: return SymbolKind.GLOBAL_EXPLICIT;
                    default: return SymbolKind.GLOBAL_IMPLICIT;
                }
        }
    }

    /**
     * co_varnames: for function-like scopes the parameters first (posonly, normal, kwonly, *args,
     * **kwargs; ".0" for a comprehension), then the other non-cell locals in the order the
     * analysis first meets them (CPython's symtable order, which differs from its compiler's only
     * within one statement, e.g. {@code x = y} meets x first). Cells that are not parameters are
     * not listed (they are in {@link #cellvars()}), as in CPython. Invariant: every LOCAL name that
     * the body loads, stores or deletes is listed (a bare {@code x: int} alone emits no code for x
     * and, as in CPython, does not list it). Empty for module and class.
     */
    public List<String> varnames() { return varnames; }

    /**
     * co_cellvars: this scope's locals captured by inner scopes, sorted; for a class scope
     * {@code ["__class__"]} when a method uses super() or __class__, else empty.
     */
    public List<String> cellvars() { return cellvars; }

    /**
     * co_freevars: names taken from enclosing function scopes, sorted. A class scope also lists a
     * name it binds itself when a method needs the enclosing function's variable of that name
     * (the class body passes the cell on to the method).
     */
    public List<String> freevars() { return freevars; }

    /** CO_GENERATOR: a yield in a non-async def, or a (non-async) generator expression. */
    public boolean isGenerator() { return generator && !coroutine; }

    /** CO_COROUTINE: an async def without yield, or an async list/set/dict comprehension. */
    public boolean isCoroutine() { return coroutine && !generator; }

    /** CO_ASYNC_GENERATOR: an async def with yield, or a generator expression with await / async for. */
    public boolean isAsyncGenerator() { return coroutine && generator; }

    public boolean hasVarargs() { return varargs; }

    public boolean hasVarkeywords() { return varkeywords; }

    /** co_argcount: positional-only plus normal parameters (1 for a comprehension's ".0"). */
    public int argcount() { return argcount; }

    public int posonlyargcount() { return posonlyargcount; }

    public int kwonlyargcount() { return kwonlyargcount; }

    /** Class scope only: some method (or code nested in one) uses super() or __class__, so the class needs a __class__ cell. */
    public boolean needsClassCell() { return needsClassCell; }

    /**
     * Calls locals(), vars(), dir(), eval() or exec() by name directly in this scope, so the code
     * generator must be able to materialize this scope's locals as a dict.
     */
    public boolean usesLocalsDict() { return usesLocalsDict; }

    @Override
    public String toString() { return kind + " " + qualname; }
}
