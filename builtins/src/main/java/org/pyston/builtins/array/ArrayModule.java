package org.pyston.builtins.array;

import org.pyston.builtins.container.PyDict;
import org.pyston.builtins.module.PyModule;
import org.pyston.builtins.runtime.Interpreter;
import org.pyston.builtins.text.PyStr;

/**
 * The {@code array} module: the {@link PyArray} type (also {@code ArrayType}) and {@code typecodes}.
 * Arrays are bytes-like ({@code bytes(a)}, hashing, zlib ...) but memoryview over an array and
 * pickling with {@code _array_reconstructor} are not supported yet.
 */
public final class ArrayModule {
    private ArrayModule() {}

    /** Builds {@code array} for one interpreter (it holds no state). */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("array");
        PyDict d = m.getDict();
        d.putStr("array", PyArray.TYPE);
        d.putStr("ArrayType", PyArray.TYPE);
        d.putStr("typecodes", PyStr.of(ItemKind.TYPECODES));
        return m;
    }
}
