package org.pyston.compiler.scopes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pyston.compiler.scopes.Ast.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.Stmt;

/**
 * Hand-built ASTs for the behaviours the code generator relies on. Expectations were checked with
 * python3's symtable module and code objects; {@link ScopeAnalyzerOracleTest} covers many more.
 */
class ScopeAnalyzerTest {

    @Test
    void testAnalyze_closureNestedThreeLevels() {
        // Tests that a name read two functions down is a cell where bound and free in every scope between.
        Stmt.FunctionDef h = def("h", params(), ret(load("x")));
        Stmt.FunctionDef g = def("g", params(), h, ret(load("h")));
        Stmt.FunctionDef f = def("f", params(), assign("x", num(1)), g, ret(load("g")));
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertEquals(SymbolKind.CELL, t.scopeOf(f).lookup("x"));
        assertEquals(List.of("x"), t.scopeOf(f).cellvars());
        assertEquals(List.of("g"), t.scopeOf(f).varnames());
        assertEquals(SymbolKind.FREE, t.scopeOf(g).lookup("x"));
        assertEquals(List.of("x"), t.scopeOf(g).freevars());
        assertEquals(SymbolKind.FREE, t.scopeOf(h).lookup("x"));
        assertEquals("f.<locals>.g.<locals>.h", t.scopeOf(h).qualname());
    }

    @Test
    void testAnalyze_closureInLoop() {
        // Tests that a loop variable captured by a lambda becomes a cell of the function.
        Expr.Lambda lam = lambda(params(), load("i"));
        Stmt.FunctionDef f = def("f", params(), forLoop("i", call(load("range"), num(3)), expr(lam)));
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertEquals(SymbolKind.CELL, t.scopeOf(f).lookup("i"));
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, t.scopeOf(f).lookup("range"));
        assertEquals(SymbolKind.FREE, t.scopeOf(lam).lookup("i"));
        assertEquals(Scope.Kind.LAMBDA, t.scopeOf(lam).kind());
        assertEquals("f.<locals>.<lambda>", t.scopeOf(lam).qualname());
    }

    @Test
    void testAnalyze_nonlocal() {
        // Tests that nonlocal makes the inner name free and the outer one a cell.
        Stmt.FunctionDef inc = def("inc", params(), nonlocal("n"),
                new Stmt.AugAssign(store("n"), org.pyston.compiler.ast.Operator.Add, num(1), AT));
        Stmt.FunctionDef f = def("f", params(), assign("n", num(0)), inc);
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertEquals(SymbolKind.FREE, t.scopeOf(inc).lookup("n"));
        assertEquals(List.of(), t.scopeOf(inc).varnames());
        assertEquals(SymbolKind.CELL, t.scopeOf(f).lookup("n"));
    }

    @Test
    void testAnalyze_global() {
        // Tests that a declared global is GLOBAL_EXPLICIT in the function and the module, and implicit below.
        Stmt.FunctionDef g = def("g", params(), ret(load("x")));
        Stmt.FunctionDef f = def("f", params(), global("x"), assign("x", num(2)), g);
        Mod.Module m = module(f);
        ScopeTable t = ScopeAnalyzer.analyze(m, "m.py");
        assertEquals(SymbolKind.GLOBAL_EXPLICIT, t.scopeOf(f).lookup("x"));
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, t.scopeOf(g).lookup("x"));
        assertEquals(SymbolKind.GLOBAL_EXPLICIT, t.moduleScope().lookup("x"));
        assertEquals(SymbolKind.MODULE_NAME, t.moduleScope().lookup("f"));
        assertSame(t.moduleScope(), t.scopeOf(m));
    }

    @Test
    void testAnalyze_classScopeNotVisibleInMethods() {
        // Tests that a method skips the class body and finds the enclosing function's binding.
        Stmt.FunctionDef m = def("m", params("self"), ret(load("y")));
        Stmt.ClassDef c = cls("C", assign("y", num(2)), m);
        Stmt.FunctionDef f = def("f", params(), assign("y", num(1)), c);
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertEquals(SymbolKind.FREE, t.scopeOf(m).lookup("y"));
        assertEquals(SymbolKind.CELL, t.scopeOf(f).lookup("y"));
        assertEquals(SymbolKind.CLASS_LOCAL, t.scopeOf(c).lookup("y"));
        assertEquals(List.of("y"), t.scopeOf(c).freevars()); // the class passes the cell on
        assertEquals("f.<locals>.C.m", t.scopeOf(m).qualname());
    }

    @Test
    void testAnalyze_freeNameInClassBody() {
        // Tests that a class body reading an enclosing function's variable gets FREE_CLASS (LOAD_CLASSDEREF).
        Stmt.ClassDef c = cls("C", assign("z", load("x")));
        Stmt.FunctionDef f = def("f", params(), assign("x", num(1)), c);
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertEquals(SymbolKind.FREE_CLASS, t.scopeOf(c).lookup("x"));
        assertEquals(SymbolKind.CLASS_LOCAL, t.scopeOf(c).lookup("z"));
        assertEquals(SymbolKind.CLASS_LOCAL, t.scopeOf(c).lookup("print"));
    }

    @Test
    void testAnalyze_classCellViaSuper() {
        // Tests that super() in a method gives the method free __class__ and the class a __class__ cell.
        Stmt.FunctionDef m = def("m", params("self"), ret(call(load("super"))));
        Stmt.ClassDef c = cls("C", m);
        ScopeTable t = ScopeAnalyzer.analyze(module(c), "m.py");
        assertTrue(t.scopeOf(c).needsClassCell());
        assertEquals(List.of("__class__"), t.scopeOf(c).cellvars());
        assertEquals(List.of("__class__"), t.scopeOf(m).freevars());
        assertEquals(SymbolKind.FREE, t.scopeOf(m).lookup("__class__"));
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, t.scopeOf(m).lookup("super"));
    }

    @Test
    void testAnalyze_comprehensionOwnScopeFirstIterableOutside() {
        // Tests that a comprehension is its own scope with ".0", while its first iterable is read outside.
        Expr.ListComp lc = listComp(load("x"), "x", load("xs"));
        Stmt.FunctionDef f = def("f", params("xs"), ret(lc));
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        Scope comp = t.scopeOf(lc);
        assertEquals(Scope.Kind.COMPREHENSION, comp.kind());
        assertEquals(List.of(".0", "x"), comp.varnames());
        assertEquals(1, comp.argcount());
        assertEquals(SymbolKind.GLOBAL_IMPLICIT, comp.lookup("xs")); // never mentioned inside
        assertEquals(SymbolKind.LOCAL, t.scopeOf(f).lookup("xs")); // not a cell
        assertEquals("f.<locals>.<listcomp>", comp.qualname());
    }

    @Test
    void testAnalyze_walrusInComprehensionBindsOutward() {
        // Tests that a walrus in a comprehension binds in the enclosing function, as a cell shared with the comprehension.
        Expr.ListComp lc = listComp(walrus("y", load("x")), "x", load("xs"));
        Stmt.FunctionDef f = def("f", params("xs"), expr(lc), ret(load("y")));
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertEquals(SymbolKind.CELL, t.scopeOf(f).lookup("y"));
        assertEquals(SymbolKind.FREE, t.scopeOf(lc).lookup("y"));
        assertEquals(List.of("y"), t.scopeOf(lc).freevars());
    }

    @Test
    void testAnalyze_walrusInModuleComprehensionIsGlobal() {
        // Tests that at module level a comprehension's walrus target is a declared global of the comprehension.
        Expr.ListComp lc = listComp(walrus("y", load("x")), "x", load("xs"));
        ScopeTable t = ScopeAnalyzer.analyze(module(expr(lc)), "m.py");
        assertEquals(SymbolKind.GLOBAL_EXPLICIT, t.scopeOf(lc).lookup("y"));
    }

    @Test
    void testAnalyze_generatorFlags() {
        // Tests CPython's code flags: yield → generator, async def → coroutine, both → async generator, genexp → generator.
        Stmt.FunctionDef gen = def("g", params(), expr(new Expr.Yield(num(1), AT)));
        Stmt.AsyncFunctionDef coro = asyncDef("c", params(), ret(new Expr.Await(load("x"), AT)));
        Stmt.AsyncFunctionDef agen = asyncDef("a", params(), expr(new Expr.Yield(null, AT)));
        Expr.GeneratorExp ge = genExp(load("v"), "v", load("vs"));
        ScopeTable t = ScopeAnalyzer.analyze(module(gen, coro, agen, expr(ge)), "m.py");
        assertTrue(t.scopeOf(gen).isGenerator());
        assertFalse(t.scopeOf(gen).isCoroutine());
        assertTrue(t.scopeOf(coro).isCoroutine());
        assertFalse(t.scopeOf(coro).isGenerator());
        assertTrue(t.scopeOf(agen).isAsyncGenerator());
        assertFalse(t.scopeOf(agen).isGenerator());
        assertTrue(t.scopeOf(ge).isGenerator());
        assertEquals("<genexpr>", t.scopeOf(ge).qualname());
    }

    @Test
    void testAnalyze_usesLocalsDict() {
        // Tests that a direct call of locals() marks only the scope it is written in.
        Stmt.FunctionDef g = def("g", params(), ret(call(load("locals"))));
        Stmt.FunctionDef f = def("f", params(), g);
        ScopeTable t = ScopeAnalyzer.analyze(module(f), "m.py");
        assertTrue(t.scopeOf(g).usesLocalsDict());
        assertFalse(t.scopeOf(f).usesLocalsDict());
    }

    @Test
    void testAnalyze_privateNamesMangled() {
        // Tests that __x in a class is looked up as _C__x, in methods too, and that the class knows its mangling name.
        Stmt.FunctionDef m = def("m", params("self", "__p"), ret(load("__p")));
        Stmt.ClassDef c = cls("C", assign("__x", num(1)), m);
        ScopeTable t = ScopeAnalyzer.analyze(module(c), "m.py");
        Scope method = t.scopeOf(m);
        assertEquals(List.of("self", "_C__p"), method.varnames());
        assertEquals("_C__p", method.mangle("__p"));
        assertEquals(SymbolKind.LOCAL, method.lookup(method.mangle("__p")));
        assertEquals("C", method.privateClassName());
        assertEquals(SymbolKind.CLASS_LOCAL, t.scopeOf(c).lookup("_C__x"));
    }

    @Test
    void testAnalyze_returnOutsideFunction() {
        // Tests that a module-level return is CPython's error at the statement's position.
        Mod m = module(new Stmt.Return(null, span(3, 4, 10)));
        ScopeError e = assertThrows(ScopeError.class, () -> ScopeAnalyzer.analyze(m, "m.py"));
        assertEquals("'return' outside function", e.msg);
        assertEquals("m.py", e.filename);
        assertEquals(3, e.lineno);
        assertEquals(5, e.offset);
    }

    @Test
    void testAnalyze_awaitAtModuleLevel() {
        // Tests that await at module level says "outside function", not "outside async function".
        Mod m = module(expr(new Expr.Await(load("x"), span(1, 0, 7))));
        ScopeError e = assertThrows(ScopeError.class, () -> ScopeAnalyzer.analyze(m, "m.py"));
        assertEquals("'await' outside function", e.msg);
        assertEquals(1, e.offset);
    }

    @Test
    void testAnalyze_nonlocalWithoutBinding() {
        // Tests that nonlocal of a name no enclosing function binds fails at the declaration.
        Stmt.FunctionDef f = def("f", params(), new Stmt.Nonlocal(List.of("q"), span(2, 2, 12)));
        ScopeError e = assertThrows(ScopeError.class, () -> ScopeAnalyzer.analyze(module(f), "m.py"));
        assertEquals("no binding for nonlocal 'q' found", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(3, e.offset);
    }

    @Test
    void testScopeOf_isIdentityKeyed() {
        // Tests that two equal records get their own scopes and an equal but different node is unknown.
        Stmt.FunctionDef a = def("f", params());
        Stmt.FunctionDef b = def("f", params());
        ScopeTable t = ScopeAnalyzer.analyze(module(a, b), "m.py");
        assertEquals(a, b);
        assertFalse(t.scopeOf(a) == t.scopeOf(b));
        assertThrows(IllegalArgumentException.class, () -> t.scopeOf(def("f", params())));
    }
}
