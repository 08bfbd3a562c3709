package org.pyston.compiler.pyast;

import java.util.Map;

import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.number.PyInt;
import org.pyston.builtins.object.PyType;
import org.pyston.builtins.runtime.Interpreter;

/**
 * The {@code _ast} module: every node class of {@link AstTypes} and the compile() flags that ask
 * for an AST. It lives in the compiler because the node classes mirror the compiler's records;
 * the runtime reaches it through {@code SourceCompiler.astModule}.
 */
public final class AstModule {
    private AstModule() {}

    /** compile() flag: return the AST instead of a code object. */
    public static final int PY_CF_ONLY_AST = 0x400;
    /** compile() flag: keep type comments in the AST. */
    public static final int PY_CF_TYPE_COMMENTS = 0x1000;
    /** compile() flag: allow await/async for/async with at module level. */
    public static final int PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_ast");
        for (Map.Entry<String, PyType> e : AstTypes.of(interp).byName.entrySet()) {
            m.getDict().putStr(e.getKey(), e.getValue());
        }
        m.getDict().putStr("PyCF_ONLY_AST", PyInt.valueOf(PY_CF_ONLY_AST));
        m.getDict().putStr("PyCF_TYPE_COMMENTS", PyInt.valueOf(PY_CF_TYPE_COMMENTS));
        m.getDict().putStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.valueOf(PY_CF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }
}
