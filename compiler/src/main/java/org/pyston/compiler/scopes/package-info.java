/**
 * Scope analysis: CPython 3.11's symtable rules over our AST, for the code generator.
 *
 * <p>Start at {@link org.pyston.compiler.scopes.ScopeAnalyzer#analyze}; it returns a
 * {@link org.pyston.compiler.scopes.ScopeTable} that maps each def, class, lambda and
 * comprehension node to its {@link org.pyston.compiler.scopes.Scope}. For every name used in a
 * scope, {@link org.pyston.compiler.scopes.Scope#lookup} says how to load and store it
 * ({@link org.pyston.compiler.scopes.SymbolKind}):
 * <pre>
 * def f():
 *     x = 1          # f: x is CELL (captured below), g is LOCAL
 *     def g():
 *         return x   # g: x is FREE
 *     class C:
 *         y = x      # C: x is FREE_CLASS (class dict first, then the cell); y is CLASS_LOCAL
 *     return len(g)  # f: len is GLOBAL_IMPLICIT
 * </pre>
 * Names are looked up mangled ({@link org.pyston.compiler.scopes.Scope#mangle}); the code generator
 * must mangle attribute and keyword names itself ({@link org.pyston.compiler.scopes.Mangling}).
 * Errors are {@link org.pyston.compiler.scopes.ScopeError}s carrying CPython's SyntaxError message
 * and position. Tests compare against CPython itself: gen_oracle_corpus.py in the test sources.
 */
package org.pyston.compiler.scopes;
